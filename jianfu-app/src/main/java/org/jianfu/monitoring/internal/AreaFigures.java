package org.jianfu.monitoring.internal;

import java.util.List;
import org.jianfu.organization.Division;

/**
 * Everything the dashboard of one division and year shows, and exactly what its exports and the
 * results report contain.
 *
 * @param index     mean monthly burden index per grassroots division in {@code year}
 * @param baseIndex the same in the base year
 */
public record AreaFigures(Division division, List<Division> trail, int year, int baseYear, long grassroots,
                          double index, double baseIndex, List<FigureTable> tables) {

    public FigureTable table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有这张表: " + key));
    }
}
