package org.jianfu.monitoring.internal;

import java.util.List;

/**
 * One table of figures, the single source of a dashboard chart, its table, its CSV and xlsx export
 * and its part of the results report. Cells are {@code Long}, {@code Double} or {@code String}.
 *
 * @param chart how the page and the PDF draw it: target-bars, treemap, trend, bars, none
 * @param links per row the division code to drill down to, or null
 * @param note  shown under the table; for an empty table, why it is empty
 */
public record FigureTable(String key, String title, String chart, List<String> columns, List<List<Object>> rows,
                          List<String> links, String note) {

    /** For the page: numbers carry their value for the chart. */
    public boolean numeric(Object cell) {
        return cell instanceof Number;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
