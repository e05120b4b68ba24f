package org.jianfu.documents.internal.gate;

import java.util.List;
import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;

/** The outcomes of all checks for one document at one moment. */
public record GateResult(List<CheckOutcome> outcomes) {

    public boolean blocked() {
        return outcomes.stream().anyMatch(o -> o.verdict() == CheckVerdict.BLOCK);
    }

    public List<CheckOutcome> blocking() {
        return outcomes.stream().filter(o -> o.verdict() == CheckVerdict.BLOCK).toList();
    }

    /** "发文限额：本年度已发 42 件，限额 42 件；篇幅：…" for the refusal message. */
    public String blockingSummary() {
        return String.join("；", blocking().stream().map(o -> o.label() + "：" + o.summary()).toList());
    }
}
