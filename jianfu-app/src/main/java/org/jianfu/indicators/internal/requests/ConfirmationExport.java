package org.jianfu.indicators.internal.requests;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.jianfu.indicators.MatchConfirmations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The requesters' 可能相同 answers as labelled pairs ({@link MatchConfirmations}). */
@Service
class ConfirmationExport implements MatchConfirmations {

    static final String HEADER = "a\tb\tsame\tsource\twhen\ttier\tscore\treason";

    private final ConfirmationRepository confirmations;

    ConfirmationExport(ConfirmationRepository confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabelledPair> labelledPairs() {
        return confirmations.all().stream().map(c -> new LabelledPair(c.fieldName(), c.matchedName(), c.same(),
                "确认 · " + c.answeredByName() + (c.requestId() == null ? "" : " · 填报任务 " + c.requestId())
                        + " · " + c.matchedCollector() + "「" + c.matchedForm() + "」",
                c.answeredAt(), c.tier().code(), c.score(), c.reason() == null ? "" : c.reason())).toList();
    }

    @Override
    public int writeTsv(Writer out) throws IOException {
        List<LabelledPair> pairs = labelledPairs();
        out.write(HEADER + "\n");
        for (LabelledPair p : pairs) {
            out.write(String.join("\t", cell(p.a()), cell(p.b()), Boolean.toString(p.same()), cell(p.source()),
                    p.when().toString(), p.tier(), String.format(Locale.ROOT, "%.4f", p.score()), cell(p.reason())) + "\n");
        }
        out.flush();
        return pairs.size();
    }

    /** A cell never breaks the row: tabs and line breaks become spaces. */
    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
