package org.jianfu.reuse.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianfu.reuse.bench.LawsCorpus.Law;
import org.jianfu.reuse.bench.PanMeasures;

/**
 * Drafts of 10,000 characters: new text made like the indexed documents (law stretches with a quarter of
 * the characters replaced) with two passages copied from indexed documents, one verbatim, one with
 * 3% of its characters changed.
 */
final class DraftGenerator {

    private static final int DRAFT_LENGTH = 10_000;

    private final List<Law> laws;
    private final SyntheticCorpus corpus;
    private final int documents;
    private final int minLength;
    private final int maxLength;
    private final Random random = new Random(99);

    DraftGenerator(List<Law> laws, SyntheticCorpus corpus, int documents, int minLength, int maxLength) {
        this.laws = laws;
        this.corpus = corpus;
        this.documents = documents;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    List<Draft> drafts(int count) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(draft("draft-" + i));
        }
        return drafts;
    }

    private Draft draft(String id) {
        StringBuilder text = new StringBuilder(DRAFT_LENGTH + 2000);
        List<PanMeasures.Span> cases = new ArrayList<>();
        int[] copyAt = {DRAFT_LENGTH / 4, DRAFT_LENGTH * 2 / 3};
        int copied = 0;
        while (text.length() < DRAFT_LENGTH) {
            if (copied < copyAt.length && text.length() >= copyAt[copied]) {
                copyPassage(id, text, cases, copied == 1);
                copied++;
                continue;
            }
            String law = laws.get(random.nextInt(laws.size())).text();
            int stretch = 200 + random.nextInt(800);
            int start = random.nextInt(Math.max(1, law.length() - stretch));
            text.append(SyntheticCorpus.mutate(law.substring(start, Math.min(law.length(), start + stretch)), random)).append('\n');
        }
        return new Draft(id, text.substring(0, DRAFT_LENGTH), cases);
    }

    private void copyPassage(String id, StringBuilder text, List<PanMeasures.Span> cases, boolean edited) {
        int n = random.nextInt(documents);
        String source = corpus.document(n, minLength, maxLength);
        int length = Math.min(source.length() - 20, 400 + random.nextInt(1100));
        int start = 20 + random.nextInt(Math.max(1, source.length() - 20 - length));
        String passage = source.substring(start, start + length);
        String pasted = edited ? edit(passage) : passage;
        int queryStart = text.codePointCount(0, text.length());
        text.append(pasted);
        cases.add(new PanMeasures.Span(id, queryStart, text.codePointCount(0, text.length()), "synth-" + n,
                source.codePointCount(0, start), source.codePointCount(0, start + length)));
        text.append('\n');
    }

    private String edit(String passage) {
        StringBuilder out = new StringBuilder(passage.length());
        passage.codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && random.nextInt(100) < 3) {
                out.append('改');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
