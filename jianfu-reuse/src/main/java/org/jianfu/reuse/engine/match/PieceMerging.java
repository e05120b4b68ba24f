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

    private final int mergeGap;
    private final int reorderSpan;

    public PieceMerging(int mergeGap, int reorderSpan) {
        this.mergeGap = mergeGap;
        this.reorderSpan = reorderSpan;
    }

    public List<Piece> merge(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
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
