package org.jianfu.documents;

import java.time.LocalDate;

/**
 * A document from outside Jianfu entered a unit's 收文登记 (today: a paper document registered with its
 * scan). Documents issued inside Jianfu are not announced here: 查重 has them already. 查重 listens and
 * keeps the document in the unit's 参照文件库, so a later draft that copies it is caught.
 *
 * @param text the scan's text where it has one (a PDF with a text layer), else empty
 */
public record IncomingFromOutside(long incomingId, long unitId, long registeredBy, String title, String originalNumber,
                                  String issuingOrgan, LocalDate receivedOn, String text) {

    public IncomingFromOutside {
        text = text == null ? "" : text;
    }
}
