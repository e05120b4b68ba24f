package org.jianfu.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * What a loader gets: its own random source, derived from the fixed seed and its name (so adding
 * a loader changes no other loader's data), the demo years, and a way to report progress.
 * The seed covers the base year ({@code jianfu.base-year}, 2018) and the year after it (2019);
 * the {@link LivingDemoData living demo} every year after those up to today.
 */
public final class DemoContext {

    /**
     * The counties the README's tour walks through (城关区, 七里河区, 榆中县): the living demo fills them at
     * every scale, so their accounts find this week's work on every start.
     */
    public static final List<String> TOUR_COUNTIES = List.of("620102", "620103", "620123");

    private final long seed;
    private final Random random;
    private final LongConsumer progress;
    private final double scale;
    private final int baseYear;

    public DemoContext(long seed, String loaderName, double scale, int baseYear, LongConsumer progress) {
        this.seed = seed;
        this.random = new Random(seed * 31 + loaderName.hashCode());
        this.scale = scale;
        this.baseYear = baseYear;
        this.progress = progress;
    }

    /** The year every reduction is measured against: the seed's first year. */
    public int baseYear() {
        return baseYear;
    }

    /** The seed's second year, the first one measured against the base year (Gansu's 2019 rules). */
    public int seedYear() {
        return baseYear + 1;
    }

    public long seed() {
        return seed;
    }

    public Random random() {
        return random;
    }

    /** 1.0 for the full province; tests run smaller volumes of the work records. */
    public double scale() {
        return scale;
    }

    /**
     * A share of {@code all} as large as the scale (at least the {@code always} ones), chosen with this
     * loader's random source: the {@code always} items (those the README's tour shows) first, in order,
     * then randomly chosen others.
     */
    public <T> List<T> sample(List<T> all, Predicate<? super T> always) {
        int wanted = (int) Math.round(all.size() * scale);
        List<T> chosen = new ArrayList<>(all.stream().filter(always).toList());
        List<T> rest = new ArrayList<>(all.stream().filter(always.negate()).toList());
        Collections.shuffle(rest, random);
        chosen.addAll(rest.subList(0, Math.min(rest.size(), Math.max(0, wanted - chosen.size()))));
        return chosen;
    }

    /** Reports that {@code steps} more units of this loader's work are done. */
    public void advance(long steps) {
        progress.accept(steps);
    }
}
