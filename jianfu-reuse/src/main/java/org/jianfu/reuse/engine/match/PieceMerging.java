package org.jianfu.reuse.engine.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the pieces of one source that follow each other in the query (at most {@code mergeGap} apart)
 * and come from nearby parts of the source (at most {@code reorderSpan} plus the passage's length
 * apart), so a copied stretch
 * with edited or reordered sentences is reported once, as a whole. A piece that matches the same source
 * stretch as a piece already joined is a phrase the query repeats: it is dropped, since joining it
 * would report a long query stretch against a short source one.
 */
public final class PieceMerging {

    private static final int LOOK_BACK = 4;
    private static final int DIAGONAL_GAP = 2000;

    private final int mergeGap;
    private final int reorderSpan;

    public PieceMerging(int mergeGap, int reorderSpan) {
        this.mergeGap = mergeGap;
        this.reorderSpan = reorderSpan;
    }

    public List<Piece> merge(List<Piece> pieces) {
        List<Piece> sorted = strongestPerQueryStretch(pieces);
        sorted.sort(Comparator.comparingInt(Piece::queryStart).thenComparingInt(Piece::sourceStart));
        List<Group> groups = new ArrayList<>();
        for (Piece piece : sorted) {
            Fit fit = Fit.APART;
            Group target = null;
            // A repeated phrase may have opened a stray group, so look back over the last few.
            for (int g = groups.size() - 1; g >= 0 && g >= groups.size() - LOOK_BACK && fit == Fit.APART; g--) {
                target = groups.get(g);
                fit = target.fit(piece);
            }
            switch (fit) {
                case JOINS -> target.add(piece);
                case REPEATS -> { } // the same source text once more: already reported
                case APART -> groups.add(new Group(piece));
            }
        }
        return groups.stream().map(Group::trimmed).toList();
    }

    /**
     * A phrase the source repeats matches one query stretch several times: keep the best-supported
     * piece for each stretch of the query, so the others cannot pull a passage to the wrong place.
     */
    private static List<Piece> strongestPerQueryStretch(List<Piece> pieces) {
        List<Piece> ranked = new ArrayList<>(pieces);
        ranked.sort(Comparator.comparingInt((Piece p) -> -p.seeds()).thenComparingInt(Piece::queryStart)
                .thenComparingInt(Piece::sourceStart));
        List<Piece> kept = new ArrayList<>();
        java.util.TreeMap<Integer, Piece> byStart = new java.util.TreeMap<>();
        for (Piece piece : ranked) {
            int covered = 0;
            // Kept pieces do not overlap each other much, so only neighbours by start can overlap this one.
            var from = byStart.floorKey(piece.queryStart());
            for (Piece other : byStart.subMap(from == null ? Integer.MIN_VALUE : from, true, piece.queryEnd(), false).values()) {
                covered += Math.max(0, Math.min(piece.queryEnd(), other.queryEnd()) - Math.max(piece.queryStart(), other.queryStart()));
            }
            if (covered * 2 <= piece.queryLength()) {
                kept.add(piece);
                byStart.put(piece.queryStart(), piece);
            }
        }
        return kept;
    }

    private enum Fit { JOINS, REPEATS, APART }

    private final class Group {
        final List<Piece> members = new ArrayList<>();
        Piece union;

        Group(Piece first) {
            members.add(first);
            union = first;
        }

        Fit fit(Piece piece) {
            // The longer the passage, the further its sentences may have been moved.
            int span = reorderSpan + union.queryLength();
            if (continuesDiagonal(piece)) {
                return Fit.JOINS;
            }
            if (piece.queryStart() - union.queryEnd() > mergeGap || union.sourceDistance(piece) > span) {
                return Fit.APART;
            }
            for (Piece member : members) {
                int overlap = Math.min(member.sourceEnd(), piece.sourceEnd())
                        - Math.max(member.sourceStart(), piece.sourceStart());
                if (overlap > Math.min(member.sourceLength(), piece.sourceLength()) * 4 / 5) {
                    return Fit.REPEATS;
                }
            }
            return Fit.JOINS;
        }

        /**
         * A piece further on in both texts by the same distance continues the copy across a stretch
         * without usable fingerprints (boilerplate in both, or heavy edits): a whole copy stays whole.
         */
        boolean continuesDiagonal(Piece piece) {
            Piece last = members.get(members.size() - 1);
            int queryGap = piece.queryStart() - last.queryEnd();
            int sourceGap = piece.sourceStart() - last.sourceEnd();
            return queryGap > mergeGap && queryGap <= DIAGONAL_GAP && sourceGap > 0
                    && Math.abs(queryGap - sourceGap) <= mergeGap / 4 + queryGap / 20;
        }

        void add(Piece piece) {
            members.add(piece);
            union = union.union(piece);
        }

        /**
         * The union of the members inside the best-supported source window about as long as the query
         * stretch: a phrase the source repeats far away must not stretch the reported source range.
         */
        Piece trimmed() {
            if (members.size() == 1) {
                return union;
            }
            List<Piece> bySource = new ArrayList<>(members);
            bySource.sort(Comparator.comparingInt(Piece::sourceStart));
            int maxSpan = union.queryLength() + union.queryLength() / 10 + mergeGap;
            int bestFrom = 0;
            int bestTo = 0;
            int bestSeeds = -1;
            int seeds = 0;
            int from = 0;
            for (int to = 0; to < bySource.size(); to++) {
                seeds += bySource.get(to).seeds();
                while (bySource.get(to).sourceEnd() - bySource.get(from).sourceStart() > maxSpan) {
                    seeds -= bySource.get(from).seeds();
                    from++;
                }
                if (seeds > bestSeeds) {
                    bestSeeds = seeds;
                    bestFrom = from;
                    bestTo = to;
                }
            }
            Piece kept = bySource.get(bestFrom);
            for (int m = bestFrom + 1; m <= bestTo; m++) {
                kept = kept.union(bySource.get(m));
            }
            return kept;
        }
    }
}
