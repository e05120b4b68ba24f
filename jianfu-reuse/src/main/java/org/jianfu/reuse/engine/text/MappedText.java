package org.jianfu.reuse.engine.text;

import java.util.Arrays;

/**
 * A sequence of code points in which every code point remembers the stretch of the original text it
 * came from, as code point offsets {@code [start, end)}. Each normalisation step maps one of these to
 * the next, so a match in normalised text can always be cut from the original.
 */
public final class MappedText {

    final int[] codePoints;
    final int[] starts;
    final int[] ends;
    final int length;

    MappedText(int[] codePoints, int[] starts, int[] ends, int length) {
        this.codePoints = codePoints;
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    public int length() {
        return length;
    }

    public int codePointAt(int index) {
        return codePoints[index];
    }

    /** Original offset (inclusive) of the normalised code point at {@code index}. */
    public int startAt(int index) {
        return starts[index];
    }

    /** Original offset (exclusive) of the normalised code point at {@code index}. */
    public int endAt(int index) {
        return ends[index];
    }

    /** The code points, shared, not copied: callers must not write to it. */
    public int[] codePoints() {
        return codePoints;
    }

    public int[] starts() {
        return Arrays.copyOf(starts, length);
    }

    public int[] ends() {
        return Arrays.copyOf(ends, length);
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, length);
    }

    /** Appends code points with their origin; grows like an ArrayList. */
    static final class Builder {
        private int[] codePoints;
        private int[] starts;
        private int[] ends;
        private int length;

        Builder(int capacity) {
            int size = Math.max(16, capacity);
            codePoints = new int[size];
            starts = new int[size];
            ends = new int[size];
        }

        void add(int codePoint, int start, int end) {
            if (length == codePoints.length) {
                ensure(length + 1);
            }
            codePoints[length] = codePoint;
            starts[length] = start;
            ends[length] = end;
            length++;
        }

        /** Copies {@code [from, to)} of {@code text} unchanged. */
        void copy(MappedText text, int from, int to) {
            int count = to - from;
            if (count <= 0) {
                return;
            }
            ensure(length + count);
            System.arraycopy(text.codePoints, from, codePoints, length, count);
            System.arraycopy(text.starts, from, starts, length, count);
            System.arraycopy(text.ends, from, ends, length, count);
            length += count;
        }

        private void ensure(int size) {
            if (size > codePoints.length) {
                int grown = Math.max(size, codePoints.length + (codePoints.length >> 1) + 16);
                codePoints = Arrays.copyOf(codePoints, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
        }

        MappedText build() {
            return new MappedText(codePoints, starts, ends, length);
        }
    }
}
