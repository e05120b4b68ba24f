package org.jianfu.reuse.engine.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Chains seed pairs that lie near one diagonal into pieces: each next seed must move forward in both
 * texts by at most {@code maxGap}, and the two moves may differ by at most {@code maxDrift} (inserted
 * or deleted characters). A lost seed (an edited character) is bridged by the gap; a moved sentence
 * starts a new piece, which {@link PieceMerging} joins again.
 */
public final class SeedChaining {

    private final int shingleLength;
    private final int maxGap;
    private final int maxDrift;

    public SeedChaining(int shingleLength, int maxGap, int maxDrift) {
        this.shingleLength = shingleLength;
        this.maxGap = maxGap;
        this.maxDrift = maxDrift;
    }

    public List<Piece> chain(long[] sortedPairs) {
        List<Piece> pieces = new ArrayList<>();
        List<Chain> open = new ArrayList<>();
        for (long pair : sortedPairs) {
            int q = SeedPairs.queryOf(pair);
            int s = SeedPairs.sourceOf(pair);
            Chain best = null;
            int bestCost = Integer.MAX_VALUE;
            for (int c = open.size() - 1; c >= 0; c--) {
                Chain chain = open.get(c);
                if (chain.lastQuery < q - maxGap) {
                    pieces.add(chain.toPiece(shingleLength));
                    open.set(c, open.get(open.size() - 1));
                    open.remove(open.size() - 1);
                    continue;
                }
                int dq = q - chain.lastQuery;
                int ds = s - chain.lastSource;
                if (dq <= 0 || ds <= 0 || ds > maxGap) {
                    continue;
                }
                int drift = Math.abs(dq - ds);
                if (drift <= maxDrift) {
                    int cost = drift * 4 + dq;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = chain;
                    }
                }
            }
            if (best != null) {
                best.extend(q, s);
            } else {
                open.add(new Chain(q, s));
            }
        }
        for (Chain chain : open) {
            pieces.add(chain.toPiece(shingleLength));
        }
        return pieces;
    }

    private static final class Chain {
        final int firstQuery;
        final int firstSource;
        int lastQuery;
        int lastSource;
        int seeds = 1;

        Chain(int q, int s) {
            firstQuery = q;
            firstSource = s;
            lastQuery = q;
            lastSource = s;
        }

        void extend(int q, int s) {
            lastQuery = q;
            lastSource = s;
            seeds++;
        }

        Piece toPiece(int shingleLength) {
            return new Piece(firstQuery, lastQuery + shingleLength, firstSource, lastSource + shingleLength, seeds);
        }
    }
}
