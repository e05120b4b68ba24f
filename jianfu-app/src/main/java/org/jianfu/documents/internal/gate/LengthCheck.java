package org.jianfu.documents.internal.gate;

import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.documents.spi.DraftUnderCheck;
import org.jianfu.documents.spi.IssueCheck;
import org.jianfu.platform.text.CharacterCount;
import org.springframework.stereotype.Component;

/** 篇幅: the body's 字数 against {@link LengthLimits}. */
@Component
class LengthCheck implements IssueCheck {

    static final String NAME = "length";

    private final LengthLimits limits;

    LengthCheck(LengthLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome check(DraftUnderCheck draft) {
        int length = CharacterCount.of(draft.body());
        int limit = limits.of(draft.comprehensive());
        String kind = draft.comprehensive() ? "综合性文件" : "专项文件";
        String summary = "正文 " + length + " 字，" + kind + "不超过 " + limit + " 字";
        if (length > limit) {
            return new CheckOutcome(NAME, "篇幅", CheckVerdict.BLOCK, "正文 " + length + " 字，超过" + kind + "上限 "
                    + limit + " 字", null);
        }
        return CheckOutcome.pass(NAME, "篇幅", summary);
    }
}
