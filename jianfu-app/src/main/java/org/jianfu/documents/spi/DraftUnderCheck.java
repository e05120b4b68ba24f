package org.jianfu.documents.spi;

import java.util.List;

/**
 * What a check sees of a draft.
 *
 * @param documentId        the draft's id (stable from drafting to issuing)
 * @param issuingUnitId     the lead issuing unit (a joint document counts once, for it)
 * @param kind              文种 as its Chinese name: 通知, 意见, 决定, 方案, 报告, 请示, 函, 纪要 ...
 * @param comprehensive     综合性 (length limit 5,000) rather than 专项 (4,000)
 * @param downward          sent to lower levels (it then counts against the issuing quota)
 * @param recipientUnitIds  主送 and 抄送 units
 * @param year              the year it is (or would be) issued in
 */
public record DraftUnderCheck(long documentId, long issuingUnitId, String kind, String title, String body,
                              boolean comprehensive, boolean downward, List<Long> recipientUnitIds, int year,
                              CheckMoment moment) {
}
