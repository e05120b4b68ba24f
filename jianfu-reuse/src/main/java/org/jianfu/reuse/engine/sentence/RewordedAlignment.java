package org.jianfu.reuse.engine.sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.reuse.engine.match.Piece;
import org.jianfu.reuse.engine.match.SeedPairs;

/**
 * The rewording-tolerant stage (after Sanchez-Perez et al., PAN 2014/2015), run on one candidate source
 * whose text the caller has (the index keeps a compressed copy):
 * <ol>
 * <li>seeds: pairs of a query unit and a source unit (both ≥ {@value #MIN_UNIT} characters) whose sets
 *     of character bigrams (normalised text) have a Dice coefficient of at least {@value #SEED_DICE},
 *     computed exactly through an inverted index of the query's bigrams; then only mutual best partners
 *     (with the query's legal basis, also a second query unit of a source unit at Dice
 *     {@value #SPLIT_DICE}: a law's sentence split or restated twice);
 * <li>clusters: seeds sorted by query unit and split where more than {@code maxGap} units lie between
 *     two, then by source unit, alternately until nothing splits (a moved sentence stays inside);
 * <li>validation: a cluster needs seeds on two units of each side (or one lone unit similar enough),
 *     a length, first-stage fingerprints inside its rectangle (formulaic sentences alike in words share
 *     few), and a similarity (the length-weighted mean over its query units of their best seed's Dice, 0
 *     for units without a seed) of at least {@value #MIN_SIMILARITY}; a cluster that fails is clustered
 *     again with a smaller gap. How much is needed depends on the source: one sharing at least
 *     {@value #RELATED_SEEDS} mutual-best seeds with the query, one of its clusters passing the strict
 *     guard below, is related, and so is the query's legal basis from {@value #BASIS_RELATED_SEEDS} seeds (a law and the regulation that
 *     implements it keep sentences scattered between new ones), and a lone sentence at Dice
 *     {@value #SEED_DICE} of 40 characters with one fingerprint counts; with an unrelated source a cluster
 *     needs 60 characters, two fingerprints, and a lone unit Dice 0.85;
 * <li>a validated cluster is reported as its runs of seeded query units: {@value #NEW_TEXT} or more
 *     characters without a seed (a sentence written anew) split it.
 * </ol>
 * Thresholds were chosen on the first 60 listed regulations of the real-world benchmark and the synthetic
 * set at 10 queries per kind; the figures in docs/benchmarks-reuse.md are on the rest.
 * Passages begin and end at unit boundaries, in normalised positions; the caller maps them to code points.
 */
public final class RewordedAlignment {

    static final double SEED_DICE = 0.5;
    static final int MIN_UNIT = 8;
    static final double MIN_SIMILARITY = 0.45;
    static final int NEW_TEXT = 16;
    static final int MIN_RUN = 20;
    static final int SINGLE_LENGTH = 16;
    private static final int MAX_GAP = 3;
    /** Query units beyond this many (a text of millions of characters) get no seeds: the index packs a unit in 20 bits. */
    private static final int MAX_QUERY_UNITS = 1 << 20;
    /**
     * A source is related, and {@link #RELATED} applies to its clusters, when it shares at least this many
     * mutual-best seeds with the query and at least one of its clusters passes {@link #UNRELATED}.
     */
    static final int RELATED_SEEDS = 8;
    /**
     * The source the query names as its legal basis is related from this many seeds: a regulation that
     * keeps a handful of its law's sentences still keeps them from there (8 left the law without any
     * passage in short regulations; 2 also credited held-out laws' own rewordings of their basis in the
     * synthetic negatives and twins, 4 did not; tuning splits, docs/benchmarks-reuse.md round 4).
     */
    static final int BASIS_RELATED_SEEDS = 4;
    /** Dice a second query unit needs to keep a source unit that has a better partner (basis source only). */
    static final double SPLIT_DICE = 0.55;
    /** Clusters of a source sharing few seeds: two fingerprints inside, 60 characters, a lone seed at Dice 0.85. */
    private static final Guard UNRELATED = new Guard(2, 60, 0.85, false);
    /** Clusters of a related source (scattered kept sentences): one fingerprint, 40 characters, a lone seed at {@value #SEED_DICE}. */
    private static final Guard RELATED = new Guard(1, 40, SEED_DICE, true);

    /**
     * Clusters of a related source the query cites by title: no fingerprint needed, 40 characters, a lone
     * seed at {@value #SEED_DICE}. The draft names the source, so a sentence that matches it is taken to
     * come from it.
     */
    private static final Guard CITED = new Guard(0, 40, SEED_DICE, false);
    /**
     * Clusters of a related source the query names as its legal basis: as {@link #CITED}, and a lone
     * sentence of {@value #MIN_RUN} characters counts (shorter than the reported passage minimum): a
     * regulation keeps its law's short sentences one by one.
     */
    private static final Guard BASIS = new Guard(0, MIN_RUN, SEED_DICE, false);


    /** What a cluster needs to be reported: first-stage fingerprints inside, characters, Dice of a lone seed. */
    private record Guard(int anchors, int minCluster, double singleDice, boolean formulaicExcluded) {
    }

    /** A passage of this stage with its similarity (character-bigram Dice, 0–1). */
    public record Found(Piece piece, double similarity) {
    }

    private record Seed(int query, int source, double dice) {
    }

    private final TextUnits query;
    private final boolean[] common;
    private final int minLength;
    private final long[] keys; // distinct bigrams of the query's units, ascending
    private final int[] postingStarts; // keys.length + 1 offsets into postings
    private final int[] postings; // query units holding each key

    public RewordedAlignment(TextUnits query, int minLength) {
        this(query, minLength, new int[query.count()], Integer.MAX_VALUE);
    }

    /**
     * @param commonness per query unit, how many indexed documents hold a near-identical one
     *     ({@link UnitSignatures})
     * @param commonDocuments a unit held by more documents than this is formulaic (违反本条例规定，构成犯罪的，
     *     依法追究刑事责任): it counts neither towards a source being related nor as a lone seed under the
     *     related guard
     */
    public RewordedAlignment(TextUnits query, int minLength, int[] commonness, int commonDocuments) {
        this.query = query;
        this.common = new boolean[query.count()];
        for (int u = 0; u < query.count(); u++) {
            common[u] = u < commonness.length && commonness[u] > commonDocuments;
        }
        this.minLength = minLength;
        int total = 0;
        for (int u = 0; u < Math.min(query.count(), MAX_QUERY_UNITS); u++) {
            if (query.length(u) >= MIN_UNIT) {
                total += query.bigrams()[u].length;
            }
        }
        long[] pairs = new long[total];
        int at = 0;
        for (int u = 0; u < Math.min(query.count(), MAX_QUERY_UNITS); u++) {
            if (query.length(u) >= MIN_UNIT) {
                for (long bigram : query.bigrams()[u]) {
                    pairs[at++] = bigram << 20 | u; // bigram < 2^42, units < 2^20
                }
            }
        }
        java.util.Arrays.sort(pairs);
        long[] k = new long[total];
        int[] starts = new int[total + 1];
        int[] units = new int[total];
        int distinct = 0;
        for (int i = 0; i < total; i++) {
            long bigram = pairs[i] >>> 20;
            if (distinct == 0 || k[distinct - 1] != bigram) {
                k[distinct] = bigram;
                starts[distinct++] = i;
            }
            units[i] = (int) (pairs[i] & 0xFFFFF);
        }
        starts[distinct] = total;
        this.keys = java.util.Arrays.copyOf(k, distinct);
        this.postingStarts = java.util.Arrays.copyOf(starts, distinct + 1);
        this.postings = units;
    }

    /** Passages of this query copied, reworded or not, from the source with these units and first-stage seeds. */
    public List<Found> align(TextUnits source, SeedPairs fingerprints) {
        return align(source, fingerprints, Citation.NONE);
    }

    /** How the query names a source: not at all, somewhere (《X法》), or as its legal basis (根据《X法》，制定本办法). */
    public enum Citation {
        NONE, CITED, BASIS
    }

    /**
     * As {@link #align(TextUnits, SeedPairs)}; a source the query cites by title is related as soon as it
     * shares {@value #RELATED_SEEDS} mutual-best seeds, without a cluster passing the strict guard: the
     * draft itself says it comes from there.
     */
    public List<Found> align(TextUnits source, SeedPairs fingerprints, Citation citation) {
        boolean cited = citation != Citation.NONE;
        Map<Long, Integer> linked = linked(source, fingerprints);
        boolean basis = citation == Citation.BASIS;
        List<Seed> seeds = bestPartners(seeds(source), source.count(), basis);
        List<Found> found = new ArrayList<>();
        if (seeds.isEmpty()) {
            return found;
        }
        List<List<Seed>> clusters = cluster(seeds, MAX_GAP);
        for (List<Seed> cluster : clusters) {
            validate(cluster, source, linked, MAX_GAP, UNRELATED, found);
        }
        int evidence = 0;
        for (Found f : found) {
            evidence += f.piece().queryLength();
        }
        int uncommonSeeds = 0;
        for (Seed seed : seeds) {
            uncommonSeeds += common[seed.query] ? 0 : 1;
        }
        // formulaic sentences make every law of a field look related: only uncommon ones count
        if ((uncommonSeeds >= RELATED_SEEDS && evidence > 0) || (cited && seeds.size() >= RELATED_SEEDS)
                || (basis && seeds.size() >= BASIS_RELATED_SEEDS)) {
            found.clear();
            Guard guard = citation == Citation.BASIS ? BASIS : cited ? CITED : RELATED;
            for (List<Seed> cluster : clusters) {
                validate(cluster, source, linked, MAX_GAP, guard, found);
            }
        }
        return found;
    }

    /**
     * Keeps a seed only when neither of its units has a better partner: a phrase repeated all over the
     * query (机动车交通事故责任强制保险) must not tie many query sentences to one source sentence. With the
     * source the query names as its legal basis ({@code splitsKept}), a seed whose query unit has no better
     * partner also stays when its source unit has a better one, if its Dice reaches {@value #SPLIT_DICE}: a
     * regulation splits its law's sentence in two, or restates it in two articles, and both halves are kept.
     */
    private List<Seed> bestPartners(List<Seed> seeds, int sourceUnits, boolean splitsKept) {
        double[] bestQuery = new double[query.count()];
        double[] bestSource = new double[sourceUnits];
        for (Seed s : seeds) {
            bestQuery[s.query] = Math.max(bestQuery[s.query], s.dice);
            bestSource[s.source] = Math.max(bestSource[s.source], s.dice);
        }
        List<Seed> kept = new ArrayList<>();
        for (Seed s : seeds) {
            if (s.dice >= bestQuery[s.query]
                    && (s.dice >= bestSource[s.source] || (splitsKept && s.dice >= SPLIT_DICE))) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** First-stage fingerprints per (query unit, source unit). */
    private Map<Long, Integer> linked(TextUnits source, SeedPairs fingerprints) {
        Map<Long, Integer> linked = new HashMap<>();
        if (fingerprints != null) {
            for (long pair : fingerprints.sorted()) {
                int q = query.unitAt((int) (pair >>> 32));
                int s = source.unitAt((int) pair);
                if (q < query.count() && s < source.count()) {
                    linked.merge((long) q << 32 | s, 1, Integer::sum);
                }
            }
        }
        return linked;
    }

    /** Pairs of units whose bigram Dice reaches {@value #SEED_DICE}, exactly, through the query's inverted index. */
    private List<Seed> seeds(TextUnits source) {
        int[] shared = new int[query.count()];
        int[] touched = new int[query.count()];
        List<Seed> seeds = new ArrayList<>();
        for (int s = 0; s < source.count(); s++) {
            if (source.length(s) < MIN_UNIT) {
                continue;
            }
            long[] bigrams = source.bigrams()[s];
            int touchedCount = 0;
            for (long bigram : bigrams) {
                int key = java.util.Arrays.binarySearch(keys, bigram);
                if (key < 0) {
                    continue;
                }
                for (int p = postingStarts[key]; p < postingStarts[key + 1]; p++) {
                    int q = postings[p];
                    if (shared[q]++ == 0) {
                        touched[touchedCount++] = q;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int q = touched[t];
                double dice = 2.0 * shared[q] / (bigrams.length + query.bigrams()[q].length);
                shared[q] = 0;
                if (dice >= SEED_DICE) {
                    seeds.add(new Seed(q, s, dice));
                }
            }
        }
        return seeds;
    }

    private static List<List<Seed>> cluster(List<Seed> seeds, int maxGap) {
        List<List<Seed>> work = List.of(seeds);
        boolean byQuery = true;
        int stable = 0;
        while (stable < 2) {
            List<List<Seed>> next = new ArrayList<>();
            boolean split = false;
            for (List<Seed> c : work) {
                List<Seed> sorted = new ArrayList<>(c);
                boolean q = byQuery;
                sorted.sort((x, y) -> q ? Integer.compare(x.query, y.query) : Integer.compare(x.source, y.source));
                List<Seed> current = new ArrayList<>();
                for (Seed seed : sorted) {
                    if (!current.isEmpty()) {
                        Seed last = current.get(current.size() - 1);
                        int gap = q ? seed.query - last.query : seed.source - last.source;
                        if (gap - 1 > maxGap) {
                            next.add(current);
                            current = new ArrayList<>();
                            split = true;
                        }
                    }
                    current.add(seed);
                }
                next.add(current);
            }
            work = next;
            byQuery = !byQuery;
            stable = split ? 0 : stable + 1;
        }
        return work;
    }

    /**
     * Reports the cluster as runs of query units with seeds: a stretch without any (a whole sentence the
     * drafter wrote anew, at least {@value #NEW_TEXT} characters) splits it, shorter ones are bridged.
     */
    private void emitRuns(List<Seed> cluster, double[] best, int qFirst, int qLast, TextUnits source, List<Found> found) {
        int runStart = qFirst;
        int unseeded = 0;
        int lastSeeded = qFirst;
        for (int u = qFirst; u <= qLast + 1; u++) {
            boolean seeded = u <= qLast && best[u - qFirst] > 0;
            if (u <= qLast && !seeded) {
                unseeded += query.length(u);
                continue;
            }
            if (u > qLast || unseeded >= NEW_TEXT) {
                emit(cluster, best, qFirst, runStart, lastSeeded, source, found);
                runStart = u;
            }
            unseeded = 0;
            lastSeeded = u;
        }
    }

    private void emit(List<Seed> cluster, double[] best, int qFirst, int from, int to, TextUnits source, List<Found> found) {
        if (from > to) {
            return;
        }
        int sFirst = Integer.MAX_VALUE, sLast = -1, seeds = 0;
        for (Seed s : cluster) {
            if (s.query >= from && s.query <= to) {
                sFirst = Math.min(sFirst, s.source);
                sLast = Math.max(sLast, s.source);
                seeds++;
            }
        }
        if (seeds == 0) {
            return;
        }
        double weighted = 0;
        int total = 0;
        for (int u = from; u <= to; u++) {
            weighted += best[u - qFirst] * query.length(u);
            total += query.length(u);
        }
        int queryStart = query.start(from);
        int queryEnd = query.end(to);
        if (queryEnd - queryStart >= Math.min(minLength, MIN_RUN)) {
            found.add(new Found(new Piece(queryStart, queryEnd, source.start(sFirst), source.end(sLast), seeds),
                    weighted / Math.max(1, total)));
        }
    }

    /** First-stage fingerprints inside the cluster's rectangle: formulaic sentences alike in words share few. */
    private static int anchors(Map<Long, Integer> linked, int qFirst, int qLast, int sFirst, int sLast) {
        int anchors = 0;
        for (Map.Entry<Long, Integer> e : linked.entrySet()) {
            int q = (int) (e.getKey() >>> 32);
            int s = (int) (long) e.getKey();
            if (q >= qFirst && q <= qLast && s >= sFirst && s <= sLast) {
                anchors += e.getValue();
            }
        }
        return anchors;
    }

    private void validate(List<Seed> cluster, TextUnits source, Map<Long, Integer> linked, int maxGap, Guard guard,
            List<Found> found) {
        int qFirst = Integer.MAX_VALUE, qLast = -1, sFirst = Integer.MAX_VALUE, sLast = -1;
        for (Seed s : cluster) {
            qFirst = Math.min(qFirst, s.query);
            qLast = Math.max(qLast, s.query);
            sFirst = Math.min(sFirst, s.source);
            sLast = Math.max(sLast, s.source);
        }
        double[] best = new double[qLast - qFirst + 1];
        for (Seed s : cluster) {
            best[s.query - qFirst] = Math.max(best[s.query - qFirst], s.dice);
        }
        double weighted = 0;
        int total = 0;
        for (int u = qFirst; u <= qLast; u++) {
            weighted += best[u - qFirst] * query.length(u);
            total += query.length(u);
        }
        double similarity = total == 0 ? 0 : weighted / total;
        // a formulaic sentence (held by many documents) is never a lone seed where the guard says so
        boolean enoughSeeds = (cluster.size() >= 2 && qLast > qFirst && sLast > sFirst)
                || (cluster.get(0).dice >= guard.singleDice() && query.length(qFirst) >= SINGLE_LENGTH
                        && !(guard.formulaicExcluded() && common[cluster.get(0).query]));
        int queryStart = query.start(qFirst);
        int queryEnd = query.end(qLast);
        int minCluster = guard == BASIS ? guard.minCluster() : Math.max(minLength, guard.minCluster());
        if (enoughSeeds && similarity >= MIN_SIMILARITY && queryEnd - queryStart >= minCluster
                && anchors(linked, qFirst, qLast, sFirst, sLast) >= guard.anchors()) {
            emitRuns(cluster, best, qFirst, qLast, source, found);
            return;
        }
        if (maxGap > 0 && cluster.size() >= 2) {
            for (List<Seed> smaller : cluster(cluster, maxGap - 1)) {
                validate(smaller, source, linked, maxGap - 1, guard, found);
            }
        }
    }
}
