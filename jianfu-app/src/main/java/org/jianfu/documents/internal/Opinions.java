package org.jianfu.documents.internal;

import java.util.List;
import org.jianfu.platform.RuleViolationException;

/**
 * 意见: what a reviewer, signer, leader or handler writes at a step. The common phrases are offered one tap away
 * on every step that takes an opinion; free text is always allowed. One home for how long an opinion may be and
 * what counts as none.
 */
public final class Opinions {

    /** Long enough for a 批示 of a few sentences; a pasted document is not an opinion. */
    public static final int MAX_LENGTH = 500;

    /** The phrases offered first, in the order offices use them. */
    public static final List<String> COMMON = List.of("同意", "拟同意", "请领导阅示", "请按要求办理", "已阅", "请修改后再报");

    private Opinions() {
    }

    /** The stripped opinion, or a Chinese refusal naming the step when it is empty or too long. */
    public static String required(String step, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new RuleViolationException("请填写" + step + "意见");
        }
        return checked(step, opinion);
    }

    /** The stripped opinion, or null when none was given; refused when too long. */
    public static String optional(String step, String opinion) {
        return opinion == null || opinion.isBlank() ? null : checked(step, opinion);
    }

    /** The typed text when there is any, else the tapped phrase: one tap is enough, typing overrides it. */
    public static String chosen(String typed, String phrase) {
        return typed != null && !typed.isBlank() ? typed : phrase;
    }

    private static String checked(String step, String opinion) {
        String text = opinion.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new RuleViolationException(step + "意见不能超过 " + MAX_LENGTH + " 字");
        }
        return text;
    }
}
