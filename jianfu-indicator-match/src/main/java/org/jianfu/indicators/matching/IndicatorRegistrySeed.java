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

    private static volatile List<Indicator> shipped;

    private IndicatorRegistrySeed() {
    }

    /** All seed indicators, in file order. */
    public static List<Indicator> load() {
        List<Indicator> indicators = shipped;
        if (indicators == null) {
            indicators = parse(TsvResource.read(RESOURCE));
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

    private static BigDecimal decimalOrNull(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
