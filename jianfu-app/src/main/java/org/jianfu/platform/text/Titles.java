package org.jianfu.platform.text;

import org.jianfu.platform.RuleViolationException;

/**
 * The one length rule for free-text titles (公文, meetings, inspections, data requests, car requests).
 * GB/T 9704 practice keeps a 公文 title to what fits in one to three lines of 2号小标宋 (about 100 characters);
 * longer titles broke the printed layout and the download's file name.
 */
public final class Titles {

    public static final int MAX = 100;

    public static final String TOO_LONG = "不能超过 " + MAX + " 个字";

    private Titles() {
    }

    /** The title, or a Chinese refusal naming the field ({@code what}, e.g. "标题") and its length. */
    public static String checked(String what, String title) {
        int length = title == null ? 0 : title.strip().codePointCount(0, title.strip().length());
        if (length > MAX) {
            throw new RuleViolationException(what + TOO_LONG + "（按 GB/T 9704 的做法，标题应简明），现为 " + length + " 个字");
        }
        return title;
    }
}
