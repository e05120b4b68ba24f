package org.jianfu.reuse.bench.accuracy;

import java.util.Random;

/**
 * Merges sentences (A。B。 → A，并B。 at 40% of sentence ends) and splits them (A，B → A。B at 20% of commas),
 * and drops a connective now and then (或者 → 或, 以及 → 和).
 */
final class MergeSplit implements Obfuscator {

    @Override
    public String apply(String passage, Random random) {
        StringBuilder out = new StringBuilder(passage.length() + 32);
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            boolean followedByText = i + 1 < passage.length() && passage.charAt(i + 1) != '\n';
            if (c == '。' && followedByText && random.nextDouble() < 0.4) {
                out.append(random.nextBoolean() ? "，并" : "，同时");
            } else if (c == '，' && random.nextDouble() < 0.2) {
                out.append('。');
            } else if (passage.startsWith("或者", i) && random.nextDouble() < 0.5) {
                out.append('或');
                i++;
            } else if (passage.startsWith("以及", i) && random.nextDouble() < 0.5) {
                out.append('和');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
