package org.jianfu.documents;

/**
 * A document's text as other modules (查重) read it.
 *
 * @param year  the year it was issued in, or for a draft the current year
 * @param state DRAFT, REVIEW, SIGNING, SIGNED, ISSUED or WITHDRAWN
 */
public record DocumentText(long id, long issuingUnitId, String documentNumber, String title, String body, int year,
                           String state) {
}
