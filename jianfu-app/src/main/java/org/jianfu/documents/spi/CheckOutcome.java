package org.jianfu.documents.spi;

/**
 * One check's answer, shown on the drafting screen.
 *
 * @param check      the check's stable name (quota, length, reuse ...)
 * @param label      its Chinese name (发文限额, 篇幅, 查重 ...)
 * @param summary    one Chinese sentence: "本年度已发 41 件，限额 42 件", "复制比 63%，超过 50%"
 * @param detailsUrl a page with the details (e.g. the 查重 passages side by side), or null
 */
public record CheckOutcome(String check, String label, CheckVerdict verdict, String summary, String detailsUrl) {

    public static CheckOutcome pass(String check, String label, String summary) {
        return new CheckOutcome(check, label, CheckVerdict.PASS, summary, null);
    }
}
