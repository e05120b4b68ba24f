package org.jianfu.reuse.engine.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * When several sources explain the same stretch of the query (two versions of one law, templated
 * regulations of several cities, a source and its own copy), credits the one explaining the most of it,
 * length times similarity, so the longest contiguous faithful stretch wins; the passages it covers for the
 * most part are dropped and their sources listed with it as 同见于 (also found in). Each copied stretch is
 * reported once.
 */
public final class OverlapResolution {

    private static final double MAX_COVERED_SHARE = 0.5;
    static final double CITED_PREFERENCE = 1.25;
    /**
     * The basis's rank factor: 3 found 0.797 of the kept sentences on the real-world tuning split where
     * 1.25 found 0.772 (and ranking the basis before everything 0.813, but that cut whole copies of texts
     * naming their basis into pieces: synthetic whole_copy precision 0.40 with seed 7).
     */
    static final double BASIS_PREFERENCE = 3;
    /** Shortest stretch, in normalised characters, left of a passage once the basis's passages are cut out. */
    static final int MIN_LEFT = 20;
    /** A passage this much more similar than the basis's keeps the stretch whole (a verbatim copy of a sibling). */
    static final double CLEARLY_BETTER = 0.15;

    public List<SourcedPiece> resolve(List<SourcedPiece> passages) {
        return resolve(passages, Set.of());
    }

    /**
     * As {@link #resolve(List)}, a passage of a source the query cites by title ranked as if
     * {@value #CITED_PREFERENCE} times its weight: among near-equal sources of one stretch (a law and a
     * sibling regulation holding the same sentence) the one the draft names gets it, a clearly larger one
     * still wins.
     */
    public List<SourcedPiece> resolve(List<SourcedPiece> passages, Set<Integer> cited) {
        return resolve(passages, cited, Set.of());
    }

    /**
     * As {@link #resolve(List, Set)}, and a passage of a source the query names as its legal basis
     * (实施《X法》办法, 根据《X法》，制定本办法) ranks as if {@value #BASIS_PREFERENCE} times its weight: the
     * stretch it explains is credited to the law the draft implements, and a sibling holding the same
     * stretch (another implementing regulation) is listed as 同见于, cut to what the basis does not explain.
     * A passage more than that much heavier still comes first (a whole text copied under a new title whose
     * own first article names the law: the copy stays one passage).
     */
    public List<SourcedPiece> resolve(List<SourcedPiece> passages, Set<Integer> cited, Set<Integer> basis) {
        List<SourcedPiece> ranked = new ArrayList<>(passages);
        ranked.sort(Comparator.comparingDouble((SourcedPiece p) -> -p.weight() * (basis.contains(p.document())
                        ? BASIS_PREFERENCE : cited.contains(p.document()) ? CITED_PREFERENCE : 1))
                .thenComparingInt(p -> -p.piece().seeds())
                .thenComparingInt(SourcedPiece::document));
        List<SourcedPiece> kept = new ArrayList<>();
        List<List<Integer>> alsoIn = new ArrayList<>();
        List<SourcedPiece> queue = new ArrayList<>(ranked);
        for (int next = 0; next < queue.size(); next++) {
            SourcedPiece candidate = queue.get(next);
            if (!basis.contains(candidate.document())) {
                List<SourcedPiece> left = outsideBasis(candidate, kept, alsoIn, basis);
                if (left != null) {
                    queue.addAll(next + 1, left); // the stretches the basis does not explain, judged in turn
                    continue;
                }
            }
            if (coveredLength(candidate.piece(), kept) <= MAX_COVERED_SHARE * candidate.piece().queryLength()) {
                kept.add(candidate);
                alsoIn.add(new ArrayList<>());
                continue;
            }
            int most = mostOverlapping(candidate.piece(), kept);
            List<Integer> twins = alsoIn.get(most);
            if (kept.get(most).document() != candidate.document() && !twins.contains(candidate.document())
                    && overlap(candidate.piece(), kept.get(most).piece()) * 2 >= kept.get(most).piece().queryLength()) {
                twins.add(candidate.document());
            }
        }
        List<SourcedPiece> resolved = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            SourcedPiece p = kept.get(i);
            resolved.add(new SourcedPiece(p.document(), p.piece(), p.similarity(), alsoIn.get(i)));
        }
        resolved.sort(Comparator.comparingInt((SourcedPiece p) -> p.piece().queryStart())
                .thenComparingInt(p -> p.piece().queryEnd()));
        return resolved;
    }

    /**
     * When the passage overlaps passages of the basis kept so far and explains its stretch no clearly
     * better (similarity at most {@value #CLEARLY_BETTER} above), its stretches outside them of at least
     * {@value #MIN_LEFT} characters, its source listed with those basis passages as 同见于; null when it
     * is to be judged whole (no such overlap, or a clearly closer copy such as a whole text copied
     * verbatim). The source offsets move in proportion to the query's: exact in a verbatim passage, a few
     * characters off in a reworded one.
     */
    private static List<SourcedPiece> outsideBasis(SourcedPiece passage, List<SourcedPiece> kept,
            List<List<Integer>> alsoIn, Set<Integer> basis) {
        Piece piece = passage.piece();
        List<int[]> inside = new ArrayList<>();
        List<Integer> overlapped = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            SourcedPiece b = kept.get(i);
            if (basis.contains(b.document()) && overlap(piece, b.piece()) > 0) {
                if (passage.similarity() > b.similarity() + CLEARLY_BETTER) {
                    return null;
                }
                inside.add(new int[] {b.piece().queryStart(), b.piece().queryEnd()});
                overlapped.add(i);
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        for (int i : overlapped) {
            List<Integer> twins = alsoIn.get(i);
            if (kept.get(i).document() != passage.document() && !twins.contains(passage.document())) {
                twins.add(passage.document());
            }
        }
        inside.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<SourcedPiece> left = new ArrayList<>();
        int from = piece.queryStart();
        for (int[] range : inside) {
            addPart(passage, from, range[0], left);
            from = Math.max(from, range[1]);
        }
        addPart(passage, from, piece.queryEnd(), left);
        return left;
    }

    private static void addPart(SourcedPiece passage, int from, int to, List<SourcedPiece> out) {
        if (to - from < MIN_LEFT) {
            return;
        }
        Piece piece = passage.piece();
        double scale = piece.sourceLength() / (double) Math.max(1, piece.queryLength());
        int sourceStart = piece.sourceStart() + (int) Math.round((from - piece.queryStart()) * scale);
        int sourceEnd = piece.sourceEnd() - (int) Math.round((piece.queryEnd() - to) * scale);
        sourceEnd = Math.max(sourceStart + 1, Math.min(piece.sourceEnd(), sourceEnd));
        int seeds = (int) Math.round(piece.seeds() * (to - from) / (double) Math.max(1, piece.queryLength()));
        out.add(new SourcedPiece(passage.document(), new Piece(from, to, sourceStart, sourceEnd, seeds), passage.similarity()));
    }

    private static int mostOverlapping(Piece piece, List<SourcedPiece> kept) {
        int best = 0;
        int bestOverlap = -1;
        for (int i = 0; i < kept.size(); i++) {
            int o = overlap(piece, kept.get(i).piece());
            if (o > bestOverlap) {
                best = i;
                bestOverlap = o;
            }
        }
        return best;
    }

    private static int overlap(Piece a, Piece b) {
        return Math.max(0, Math.min(a.queryEnd(), b.queryEnd()) - Math.max(a.queryStart(), b.queryStart()));
    }

    private static int coveredLength(Piece piece, List<SourcedPiece> kept) {
        int covered = 0;
        for (SourcedPiece other : kept) {
            covered += overlap(piece, other.piece());
        }
        return covered;
    }
}
