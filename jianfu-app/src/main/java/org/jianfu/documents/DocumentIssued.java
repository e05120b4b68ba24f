package org.jianfu.documents;

import java.time.Instant;
import java.util.List;

/**
 * A document was issued (印发) and distributed. Listeners: quota counts it, 查重 indexes it,
 * monitoring adds it to the recipients' burden.
 *
 * @param length           the body's length in characters
 * @param recipientUnitIds 主送 and 抄送 units
 */
public record DocumentIssued(long documentId, long issuingUnitId, String documentNumber, String kind,
                             boolean downward, int length, List<Long> recipientUnitIds, Instant issuedAt) {
}
