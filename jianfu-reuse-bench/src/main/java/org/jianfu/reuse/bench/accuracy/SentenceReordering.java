package org.jianfu.reuse.bench.accuracy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Cuts the passage into sentences (at 。；！？ and line ends) and puts them in another order. */
final class SentenceReordering implements Obfuscator {

    @Override
    public String apply(String passage, Random random) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < passage.length(); i++) {
            if ("。；！？\n".indexOf(passage.charAt(i)) >= 0) {
                sentences.add(passage.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < passage.length()) {
            sentences.add(passage.substring(start));
        }
        List<String> shuffled = new ArrayList<>(sentences);
        for (int attempt = 0; attempt < 5 && shuffled.equals(sentences) && sentences.size() > 1; attempt++) {
            Collections.shuffle(shuffled, random);
        }
        return String.join("", shuffled);
    }
}
