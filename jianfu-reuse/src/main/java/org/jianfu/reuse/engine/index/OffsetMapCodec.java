package org.jianfu.reuse.engine.index;

import java.io.ByteArrayOutputStream;

/**
 * Stores, per indexed document, where each normalised code point came from in the original, so that a
 * source passage can be reported in original offsets without storing the text. Most code points map to
 * exactly the next original one; only the others (after dropped punctuation, merged place names) are
 * written, as a run length followed by the gap and width: about two bytes per punctuation mark.
 */
public final class OffsetMapCodec {

    private OffsetMapCodec() {
    }

    public static byte[] encode(int[] starts, int[] ends, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 + 16);
        writeVarInt(out, length);
        int previousEnd = 0;
        int run = 0;
        for (int i = 0; i < length; i++) {
            int gap = starts[i] - previousEnd;
            int width = ends[i] - starts[i];
            if (gap == 0 && width == 1) {
                run++;
            } else {
                writeVarInt(out, run);
                // Zigzag: NFKC expansions (Ⅱ → ii) give two code points one origin, so gaps can be -1.
                int zigzag = (gap << 1) ^ (gap >> 31);
                writeVarInt(out, (zigzag << 1) | (width == 1 ? 0 : 1));
                if (width != 1) {
                    writeVarInt(out, width);
                }
                run = 0;
            }
            previousEnd = ends[i];
        }
        writeVarInt(out, run);
        return out.toByteArray();
    }

    /** Returns {starts, ends}. */
    public static int[][] decode(byte[] bytes) {
        int[] cursor = {0};
        int length = readVarInt(bytes, cursor);
        int[] starts = new int[length];
        int[] ends = new int[length];
        int previousEnd = 0;
        int i = 0;
        while (i < length) {
            int run = readVarInt(bytes, cursor);
            for (int r = 0; r < run && i < length; r++, i++) {
                starts[i] = previousEnd;
                ends[i] = previousEnd + 1;
                previousEnd = ends[i];
            }
            if (i == length) {
                break;
            }
            int gapAndFlag = readVarInt(bytes, cursor);
            int width = (gapAndFlag & 1) == 0 ? 1 : readVarInt(bytes, cursor);
            int zigzag = gapAndFlag >>> 1;
            starts[i] = previousEnd + ((zigzag >>> 1) ^ -(zigzag & 1));
            ends[i] = starts[i] + width;
            previousEnd = ends[i];
            i++;
        }
        return new int[][] {starts, ends};
    }

    private static void writeVarInt(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int readVarInt(byte[] bytes, int[] cursor) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[cursor[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

}
