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
     * (实施《X法》办法, 根据《X法》，制定本办法) comes before all others: the stretch it explains is credited
     * to the law the draft implements, and a sibling or a larger text holding the same stretch (another
     * implementing regulation, a text that copied the law) is listed as 同见于. What the basis does not
     * explain stays with whoever explains it best.
     */
    public List<SourcedPiece> resolve(List<SourcedPiece> passages, Set<Integer> cited, Set<Integer> basis) {
        List<SourcedPiece> ranked = new ArrayList<>(passages);
        ranked.sort(Comparator.comparingInt((SourcedPiece p) -> basis.contains(p.document()) ? 0 : 1)
                .thenComparingDouble((SourcedPiece p) -> -p.weight() * (cited.contains(p.document()) ? CITED_PREFERENCE : 1))
                .thenComparingInt(p -> -p.piece().seeds())
                .thenComparingInt(SourcedPiece::document));
        List<SourcedPiece> kept = new ArrayList<>();
        List<List<Integer>> alsoIn = new ArrayList<>();
        for (SourcedPiece candidate : ranked) {
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
