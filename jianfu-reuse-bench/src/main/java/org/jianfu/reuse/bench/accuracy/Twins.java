package org.jianfu.reuse.bench.accuracy;

import java.util.Random;

/**
 * A near-identical twin of a law, as templated regulations of several cities are: other place names,
 * and every fourth line reworded (12% of its Han characters edited), so the original explains the
 * longest contiguous stretch of a verbatim copy and the twin only pieces of it.
 */
final class Twins {

    private Twins() {
    }

    static String twin(String text, Random random) {
        String named = new PlaceNameSwap().apply(text, random);
        String[] lines = named.split("\n", -1);
        CharacterEdits edits = new CharacterEdits(0.12);
        StringBuilder out = new StringBuilder(named.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            out.append(i % 4 == 3 ? edits.apply(lines[i], random) : lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
