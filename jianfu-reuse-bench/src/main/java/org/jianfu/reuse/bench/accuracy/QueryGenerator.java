package org.jianfu.reuse.bench.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianfu.reuse.bench.LawsCorpus.Law;

/**
 * Builds PAN-style queries: original text from held-out laws with passages of indexed laws pasted in
 * at sentence boundaries after one obfuscation; whole copies under a new title; clean negatives.
 */
final class QueryGenerator {

    private static final int MIN_PASSAGE = 150;
    private static final int MAX_PASSAGE = 1200;

    private final List<Law> sources;
    private final List<Law> twinned;
    private final List<Law> clean;
    private final Random random;

    /** @param twinned laws with a near-identical twin in the index: the sources of {@code TWINS} only */
    QueryGenerator(List<Law> sources, List<Law> twinned, List<Law> clean, long seed) {
        this.sources = sources;
        this.twinned = twinned;
        this.clean = clean;
        this.random = new Random(seed);
    }

    QueryDocument generate(ObfuscationKind kind, int number) {
        String id = kind.name().toLowerCase() + "-" + number;
        return switch (kind) {
            case NEGATIVE -> new QueryDocument(id, kind, cap(clean.get(random.nextInt(clean.size())).text(), 20_000), List.of());
            case WHOLE_COPY -> wholeCopy(id);
            default -> pasted(id, kind);
        };
    }

    private QueryDocument wholeCopy(String id) {
        Law source = sources.get(random.nextInt(sources.size()));
        int bodyStart = source.text().indexOf('\n') + 1;
        String title = "# " + firstLine(clean.get(random.nextInt(clean.size())).text()).replace("#", "").trim() + "（修订稿）\n";
        String body = ObfuscationKind.WHOLE_COPY.apply(source.text().substring(bodyStart), random);
        String text = title + body;
        TruthCase copied = new TruthCase(cp(text, title.length()), cp(text, text.length()), source.id(),
                cp(source.text(), bodyStart), cp(source.text(), source.text().length()));
        return new QueryDocument(id, ObfuscationKind.WHOLE_COPY, text, List.of(copied));
    }

    private QueryDocument pasted(String id, ObfuscationKind kind) {
        String filler = stretch(clean.get(random.nextInt(clean.size())).text(), 500 + random.nextInt(2500));
        int passages = 1 + random.nextInt(2);
        List<Integer> cuts = new ArrayList<>();
        for (int p = 0; p < passages; p++) {
            cuts.add(sentenceEnd(filler, random.nextInt(filler.length())));
        }
        cuts.sort(Integer::compare);
        StringBuilder text = new StringBuilder();
        List<TruthCase> cases = new ArrayList<>();
        int copied = 0;
        for (int cut : cuts) {
            text.append(filler, copied, cut).append('\n');
            copied = cut;
            List<Law> from = kind == ObfuscationKind.TWINS ? twinned : sources;
            Law source = from.get(random.nextInt(from.size()));
            int[] range = passageRange(source.text(), kind);
            String obfuscated = kind.apply(source.text().substring(range[0], range[1]), random).strip();
            int queryStart = text.codePointCount(0, text.length());
            text.append(obfuscated);
            cases.add(new TruthCase(queryStart, text.codePointCount(0, text.length()), source.id(),
                    cp(source.text(), range[0]), cp(source.text(), range[1])));
            text.append('\n');
        }
        text.append(filler, copied, filler.length());
        return new QueryDocument(id, kind, text.toString(), cases);
    }

    /** A passage between sentence ends of the body; for place names, one that mentions some. */
    private int[] passageRange(String text, ObfuscationKind kind) {
        int bodyStart = Math.max(text.indexOf("-->") + 3, text.indexOf('\n') + 1);
        int[] range = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            int length = MIN_PASSAGE + random.nextInt(MAX_PASSAGE - MIN_PASSAGE);
            int start = sentenceEnd(text, bodyStart + random.nextInt(Math.max(1, text.length() - bodyStart - length)));
            int end = sentenceEnd(text, Math.min(text.length(), start + length));
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (end - start < MIN_PASSAGE / 2) {
                continue;
            }
            range = new int[] {start, end};
            boolean hasNames = PlaceNameSwap.NAMES.matcher(text.substring(start, end)).find();
            if (kind != ObfuscationKind.PLACE_NAMES || hasNames) {
                return range;
            }
        }
        return range != null ? range : new int[] {bodyStart, Math.min(text.length(), bodyStart + MIN_PASSAGE)};
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if ("。；\n".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private String stretch(String text, int length) {
        int bodyStart = Math.max(text.indexOf("-->") + 3, text.indexOf('\n') + 1);
        int start = sentenceEnd(text, bodyStart + random.nextInt(Math.max(1, text.length() - bodyStart - length)));
        int end = sentenceEnd(text, Math.min(text.length(), start + length));
        return text.substring(Math.min(start, end), end);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String cap(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static int cp(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
