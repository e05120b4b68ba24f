package org.jianfu.reuse;

/**
 * A document's text was checked for copying (at issuing, or by the yearly audit).
 *
 * @param copying    the finding counts as 照抄照搬 (over the threshold from one higher-level source,
 *                   or a whole copy of the unit's own earlier document)
 * @param topRelation HIGHER, PEER, OWN or LAW: where the largest share came from
 */
public record DocumentReuseChecked(long documentId, long issuingUnitId, int year, double copyRatio,
                                   double topShare, String topRelation, boolean copying) {
}
