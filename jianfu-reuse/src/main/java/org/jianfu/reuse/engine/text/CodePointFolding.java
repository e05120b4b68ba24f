package org.jianfu.reuse.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First step: decodes the original string into code points and folds each one by NFKC (full/half
 * width), lower case and traditional to simplified Chinese. Enclosed numbers (①, ⑴, ㈠) are list
 * numbering, so they are dropped here. A lookup table makes this one array read per character.
 */
public final class CodePointFolding {

    private static final int DROP = -1;
    private static final int EXPANDS = -2;
    private static final int[] TABLE = new int[0x10000];
    private static final Map<Integer, int[]> EXPANSIONS = new HashMap<>();

    static {
        Map<Integer, Integer> simplified = readSimplifiedTable();
        for (int c = 0; c < 0x10000; c++) {
            TABLE[c] = Character.isSurrogate((char) c) ? c : foldSlowly(c, simplified);
        }
    }

    public MappedText apply(String original) {
        MappedText.Builder out = new MappedText.Builder(original.length());
        int offset = 0;
        int n = original.length();
        for (int i = 0; i < n; ) {
            char unit = original.charAt(i);
            int codePoint = Character.isSurrogate(unit) ? original.codePointAt(i) : unit;
            i += codePoint < 0x10000 ? 1 : 2;
            int folded = codePoint < 0x10000 ? TABLE[codePoint] : codePoint;
            if (folded >= 0) {
                out.add(folded, offset, offset + 1);
            } else if (folded == EXPANDS) {
                for (int expanded : EXPANSIONS.get(codePoint)) {
                    out.add(expanded, offset, offset + 1);
                }
            }
            offset++;
        }
        return out.build();
    }

    private static int foldSlowly(int c, Map<Integer, Integer> simplified) {
        if (isEnclosedNumber(c)) {
            return DROP;
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        int[] folded = nfkc.codePoints().map(p -> simplified.getOrDefault(p, p)).toArray();
        if (folded.length == 0) {
            return DROP;
        }
        if (folded.length == 1) {
            return folded[0];
        }
        EXPANSIONS.put(c, folded);
        return EXPANDS;
    }

    private static boolean isEnclosedNumber(int c) {
        return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3220 && c <= 0x3243)
                || (c >= 0x3280 && c <= 0x32B0);
    }

    private static Map<Integer, Integer> readSimplifiedTable() {
        Map<Integer, Integer> table = new HashMap<>();
        try (InputStream in = CodePointFolding.class.getResourceAsStream("traditional-simplified.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int[] pair = line.codePoints().toArray();
                if (pair.length == 2) {
                    table.put(pair[0], pair[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
