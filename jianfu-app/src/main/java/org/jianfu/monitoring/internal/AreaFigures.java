package org.jianfu.monitoring.internal;

import java.util.List;
import org.jianfu.organization.Division;

/**
 * Everything the dashboard of one division and year shows, and exactly what its exports and the
 * results report contain.
 *
 * @param index     mean monthly burden index per grassroots division in {@code year}
 * @param baseIndex the same in the base year
 * @param computedAt when these figures were read from the rollups (they may be reused for a short while)
 */
public record AreaFigures(Division division, List<Division> trail, int year, int baseYear, long grassroots,
                          double index, double baseIndex, List<FigureTable> tables, java.time.Instant computedAt) {

    /** "HH:mm:ss" in Beijing time, for the page. */
    public String computedAtBeijing() {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .format(computedAt.atZone(org.jianfu.platform.time.ChinaTime.ZONE));
    }

    /** The same figures with the breadcrumb the viewer may follow. */
    AreaFigures withTrail(List<Division> viewersTrail) {
        return new AreaFigures(division, viewersTrail, year, baseYear, grassroots, index, baseIndex, tables, computedAt);
    }

    public FigureTable table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有这张表: " + key));
    }
}
