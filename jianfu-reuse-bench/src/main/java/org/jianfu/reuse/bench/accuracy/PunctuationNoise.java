package org.jianfu.reuse.bench.accuracy;

import java.util.Random;

/** Swaps full and half width, changes punctuation marks and adds or removes spaces and line breaks. */
final class PunctuationNoise implements Obfuscator {

    private static final String FULL = "，。；：？！（）“”、";
    private static final String[] REPLACEMENTS = {", ", ".", ";", ":", "?", "!", "(", ")", "\"", "\"", ","};

    @Override
    public String apply(String passage, Random random) {
        StringBuilder out = new StringBuilder(passage.length() + 32);
        passage.codePoints().forEach(c -> {
            int full = FULL.indexOf(c);
            if (full >= 0 && random.nextDouble() < 0.7) {
                out.append(REPLACEMENTS[full]);
            } else if (c >= '0' && c <= '9' && random.nextBoolean()) {
                out.appendCodePoint(c - '0' + '０');
            } else if (c >= '０' && c <= '９') {
                out.appendCodePoint(c - '０' + '0');
            } else if (c == '\n' && random.nextBoolean()) {
                out.append(random.nextBoolean() ? "" : "\n\n");
            } else {
                out.appendCodePoint(c);
            }
            if (random.nextDouble() < 0.04) {
                out.append(random.nextBoolean() ? " " : "\u3000");
            }
        });
        return out.toString();
    }
}
