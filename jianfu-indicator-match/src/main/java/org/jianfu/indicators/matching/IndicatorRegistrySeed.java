package org.jianfu.indicators.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jianfu.indicators.matching.analysis.TsvResource;

/**
 * The 指标库 seed shipped in this jar ({@value #RESOURCE}); the app loads it into its database,
 * and the matcher treats a registry name and its aliases as one indicator.
 */
public final class IndicatorRegistrySeed {

    public static final String RESOURCE = "org/jianfu/indicators/matching/indicator-registry.tsv";
    /** Indicators read in public statistical material, each row naming its source (12th column). */
    public static final String SOURCED = "org/jianfu/indicators/matching/indicator-registry-sourced.tsv";
    /** Further aliases of seed indicators: code, alias, source. */
    public static final String ALIAS_SOURCES = "org/jianfu/indicators/matching/indicator-alias-sources.tsv";

    private static volatile List<Indicator> shipped;

    private IndicatorRegistrySeed() {
    }

    /** All seed indicators, in file order. */
    public static List<Indicator> load() {
        List<Indicator> indicators = shipped;
        if (indicators == null) {
            List<Indicator> all = new ArrayList<>(parse(TsvResource.read(RESOURCE)));
            all.addAll(parse(TsvResource.read(SOURCED).stream()
                    .map(row -> Arrays.copyOf(row, 11)).toList()));
            indicators = withAliases(all, TsvResource.read(ALIAS_SOURCES));
            shipped = indicators;
        }
        return indicators;
    }

    static List<Indicator> parse(List<String[]> rows) {
        List<Indicator> indicators = new ArrayList<>();
        for (String[] row : rows) {
            if (row[0].equals("code")) {
                continue;
            }
            if (row.length != 11) {
                throw new IllegalStateException("registry row " + row[0] + " has " + row.length + " columns, expected 11");
            }
            indicators.add(new Indicator(row[0], row[1], row[2], row[3],
                    Indicator.Period.ofLabel(row[4]), Indicator.CollectionLevel.ofLabel(row[5]), row[6],
                    Indicator.DataType.valueOf(row[7].toUpperCase(Locale.ROOT)),
                    decimalOrNull(row[8]), decimalOrNull(row[9]),
                    row[10].isEmpty() ? List.of() : Arrays.asList(row[10].split("\\|"))));
        }
        return List.copyOf(indicators);
    }

    // Aliases read elsewhere join the indicator they name; a code that is not in the seed is a
    // broken resource, not something to skip.
    static List<Indicator> withAliases(List<Indicator> indicators, List<String[]> aliasRows) {
        java.util.Map<String, List<String>> extra = new java.util.LinkedHashMap<>();
        for (String[] row : aliasRows) {
            if (!row[0].equals("code")) {
                extra.computeIfAbsent(row[0], code -> new ArrayList<>()).add(row[1]);
            }
        }
        List<Indicator> merged = new ArrayList<>();
        for (Indicator i : indicators) {
            List<String> more = extra.remove(i.code());
            if (more == null) {
                merged.add(i);
            } else {
                List<String> aliases = new ArrayList<>(i.aliases());
                more.stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
                merged.add(new Indicator(i.code(), i.name(), i.definition(), i.unitOfMeasure(), i.period(), i.level(),
                        i.department(), i.dataType(), i.min(), i.max(), List.copyOf(aliases)));
            }
        }
        if (!extra.isEmpty()) {
            throw new IllegalStateException("aliases for unknown registry codes " + extra.keySet());
        }
        return List.copyOf(merged);
    }

    private static BigDecimal decimalOrNull(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
