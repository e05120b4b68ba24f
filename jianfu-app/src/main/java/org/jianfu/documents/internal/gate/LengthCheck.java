package org.jianfu.documents.internal.gate;

import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.documents.spi.DraftUnderCheck;
import org.jianfu.documents.spi.IssueCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** 篇幅: 综合性 documents at most 5,000 characters, 专项 at most 4,000 (P1); both configurable. */
@Component
class LengthCheck implements IssueCheck {

    static final String NAME = "length";

    private final int comprehensiveLimit;
    private final int specialLimit;

    LengthCheck(@Value("${jianfu.documents.length.comprehensive:5000}") int comprehensiveLimit,
                @Value("${jianfu.documents.length.special:4000}") int specialLimit) {
        this.comprehensiveLimit = comprehensiveLimit;
        this.specialLimit = specialLimit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome check(DraftUnderCheck draft) {
        int length = countCharacters(draft.body());
        int limit = draft.comprehensive() ? comprehensiveLimit : specialLimit;
        String kind = draft.comprehensive() ? "综合性文件" : "专项文件";
        String summary = "正文 " + length + " 字，" + kind + "不超过 " + limit + " 字";
        if (length > limit) {
            return new CheckOutcome(NAME, "篇幅", CheckVerdict.BLOCK, "正文 " + length + " 字，超过" + kind + "上限 "
                    + limit + " 字", null);
        }
        return CheckOutcome.pass(NAME, "篇幅", summary);
    }

    /** Characters without whitespace, as 字数 is counted. */
    static int countCharacters(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
