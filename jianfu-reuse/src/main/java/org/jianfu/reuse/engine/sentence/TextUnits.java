package org.jianfu.reuse.engine.sentence;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jianfu.reuse.engine.text.MappedText;

/**
 * A text cut into units for the rewording-tolerant stage: sentences of the normalised text, split where
 * the original had 。；！？： or a line break, and long sentences (≥ {@value #LONG_UNIT} characters so
 * far) also at a comma, so a clause moved or dropped costs one unit, not a whole article. Each unit
 * carries a sketch of its character bigrams ({@link BigramSketch}). A unit shorter than
 * {@value #SHORT_UNIT} characters (a heading like 总则, a list marker) joins the next one. Units are what
 * the index stores per document for this stage: a length and {@value BigramSketch#BYTES} bytes each.
 *
 * @param ends exclusive end of each unit in normalised positions, ascending; the first starts at 0
 * @param sketches {@value BigramSketch#BYTES} bytes per unit
 */
public record TextUnits(int[] ends, byte[] sketches) {

    static final int LONG_UNIT = 48;
    static final int SHORT_UNIT = 8;
    private static final TextUnits EMPTY = new TextUnits(new int[0], new byte[0]);

    public int count() {
        return ends.length;
    }

    public int start(int unit) {
        return unit == 0 ? 0 : ends[unit - 1];
    }

    public int end(int unit) {
        return ends[unit];
    }

    public int length(int unit) {
        return end(unit) - start(unit);
    }

    /** The unit holding normalised position {@code position}. */
    public int unitAt(int position) {
        int found = Arrays.binarySearch(ends, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public static TextUnits of(String original, MappedText text) {
        int n = text.length();
        if (n == 0) {
            return EMPTY;
        }
        int[] original32 = original.codePoints().toArray();
        int[] ends = new int[16];
        int count = 0;
        int unitStart = 0;
        for (int i = 0; i + 1 < n; i++) {
            int gapFrom = text.endAt(i);
            int gapTo = text.startAt(i + 1);
            boolean sentenceEnd = false;
            boolean comma = false;
            for (int c = gapFrom; c < gapTo && c < original32.length; c++) {
                int cp = original32[c];
                if (cp == '。' || cp == '；' || cp == '！' || cp == '？' || cp == '：' || cp == '\n' || cp == ';'
                        || cp == '?' || cp == '!') {
                    sentenceEnd = true;
                } else if (cp == '，' || cp == ',') {
                    comma = true;
                }
            }
            if ((sentenceEnd && i + 1 - unitStart >= SHORT_UNIT) || (comma && i + 1 - unitStart >= LONG_UNIT)) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
                unitStart = i + 1;
            }
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count + 1);
        }
        ends[count++] = n;
        ends = Arrays.copyOf(ends, count);
        byte[] sketches = new byte[count * BigramSketch.BYTES];
        int[] codePoints = text.codePoints();
        for (int u = 0; u < count; u++) {
            BigramSketch.sketch(codePoints, u == 0 ? 0 : ends[u - 1], ends[u], sketches, u);
        }
        return new TextUnits(ends, sketches);
    }

    /** Varint unit lengths, then the sketches. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ends.length * (BigramSketch.BYTES + 2) + 4);
        writeVarint(out, ends.length);
        for (int u = 0; u < ends.length; u++) {
            writeVarint(out, length(u));
        }
        out.write(sketches, 0, sketches.length);
        return out.toByteArray();
    }

    public static TextUnits decode(byte[] bytes, int offset, int length) {
        int[] at = {offset};
        int count = readVarint(bytes, at);
        int[] ends = new int[count];
        int end = 0;
        for (int u = 0; u < count; u++) {
            end += readVarint(bytes, at);
            ends[u] = end;
        }
        byte[] sketches = Arrays.copyOfRange(bytes, at[0], at[0] + count * BigramSketch.BYTES);
        if (at[0] + sketches.length > offset + length) {
            throw new IllegalArgumentException("truncated text units");
        }
        return new TextUnits(ends, sketches);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int readVarint(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }
}
