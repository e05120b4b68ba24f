package org.jianfu.reuse.engine.shingle;

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): from every window of w consecutive shingle hashes keep
 * the smallest (the rightmost on ties). Any stretch of at least w + k - 1 equal normalised characters
 * in two texts therefore shares at least one kept fingerprint, at about 2 / (w + 1) of the positions.
 */
public final class Winnowing {

    private final int window;

    public Winnowing(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.window = window;
    }

    public Fingerprints select(int[] hashes) {
        int n = hashes.length;
        if (n == 0) {
            return new Fingerprints(new int[0], new int[0], 0);
        }
        int capacity = Math.min(n, 2 * n / (window + 1) + 16);
        int[] positions = new int[capacity];
        int[] selected = new int[capacity];
        int count = 0;
        // Monotonic deque of positions whose hashes increase from head to tail.
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        int lastSelected = -1;
        for (int i = 0; i < n; i++) {
            while (tail > head && Integer.compareUnsigned(hashes[deque[tail - 1]], hashes[i]) >= 0) {
                tail--;
            }
            deque[tail++] = i;
            if (deque[head] <= i - window) {
                head++;
            }
            if (i >= window - 1 || i == n - 1) {
                int minimum = deque[head];
                if (minimum != lastSelected) {
                    if (count == positions.length) {
                        positions = java.util.Arrays.copyOf(positions, count * 2);
                        selected = java.util.Arrays.copyOf(selected, count * 2);
                    }
                    positions[count] = minimum;
                    selected[count] = hashes[minimum];
                    count++;
                    lastSelected = minimum;
                }
            }
        }
        return new Fingerprints(positions, selected, count);
    }
}
