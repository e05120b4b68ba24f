package org.jianfu.indicators.matching.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The word lists the product ships: units, synonyms and abbreviations, and contrast qualifiers.
 * Loaded once from the jar's resources.
 */
public final class Lexicon {

    static final String RESOURCE_DIR = "org/jianfu/indicators/matching/";

    private static volatile Lexicon shipped;

    private final Map<String, UnitOfMeasure> units;
    private final Map<String, String> canonicalBySurface;
    private final Map<String, Qualifier> qualifierBySurface;

    private Lexicon(Map<String, UnitOfMeasure> units, Map<String, String> canonicalBySurface,
                    Map<String, Qualifier> qualifierBySurface) {
        this.units = Map.copyOf(units);
        this.canonicalBySurface = Map.copyOf(canonicalBySurface);
        this.qualifierBySurface = Map.copyOf(qualifierBySurface);
    }

    public static Lexicon shipped() {
        Lexicon lexicon = shipped;
        if (lexicon == null) {
            lexicon = load();
            shipped = lexicon;
        }
        return lexicon;
    }

    private static Lexicon load() {
        Map<String, UnitOfMeasure> units = new HashMap<>();
        for (String[] row : TsvResource.read(RESOURCE_DIR + "units.tsv")) {
            units.put(row[0], new UnitOfMeasure(row[0], Dimension.valueOf(row[1]), Double.parseDouble(row[2])));
        }
        Map<String, String> canonical = new HashMap<>();
        for (String[] row : TsvResource.read(RESOURCE_DIR + "synonyms.tsv")) {
            canonical.put(row[0], row[0]);
            if (row.length > 1 && !row[1].isEmpty()) {
                for (String variant : row[1].split("\\|")) {
                    canonical.putIfAbsent(NameNormaliser.clean(variant), row[0]);
                }
            }
        }
        Map<String, Qualifier> qualifiers = new HashMap<>();
        for (String[] row : TsvResource.read(RESOURCE_DIR + "qualifiers.tsv")) {
            qualifiers.put(row[0], new Qualifier(ContrastAxis.valueOf(row[1]), row[2], row[0]));
        }
        return new Lexicon(units, canonical, qualifiers);
    }

    /** A listed unit, or a listed one with a 十/百/千/万/亿 prefix (万斤, 千头). */
    public Optional<UnitOfMeasure> unit(String name) {
        UnitOfMeasure listed = units.get(name);
        if (listed != null || name.length() < 2) {
            return Optional.ofNullable(listed);
        }
        double multiplier = switch (name.charAt(0)) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
        UnitOfMeasure base = units.get(name.substring(1));
        if (multiplier == 0 || base == null) {
            return Optional.empty();
        }
        return Optional.of(new UnitOfMeasure(name, base.dimension(), base.factor() * multiplier));
    }

    /** Canonical form for a synonym surface (canonical forms map to themselves). */
    public Map<String, String> canonicalBySurface() {
        return canonicalBySurface;
    }

    /** Whether {@code text} opens with a synonym, canonical word or qualifier of this lexicon. */
    public boolean startsWithKnownWord(String text) {
        return knownWordLength(text) > 0;
    }

    /** The length of the longest synonym or qualifier surface the text starts with, 0 if none. */
    public int knownWordLength(String text) {
        for (int length = Math.min(text.length(), 12); length >= 1; length--) {
            String head = text.substring(0, length);
            if (canonicalBySurface.containsKey(head) || qualifierBySurface.containsKey(head)) {
                return length;
            }
        }
        return 0;
    }

    public Map<String, Qualifier> qualifierBySurface() {
        return qualifierBySurface;
    }
}
