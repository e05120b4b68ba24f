package org.jianfu.monitoring.internal;

import java.util.ArrayList;
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

    /** A cell as the page shows it: {@code value} for the chart (numbers only), {@code href} to drill down. */
    public record CellView(String text, String tdClass, String value, String href, String tag) {
    }

    public record RowView(String href, List<CellView> cells) {
    }

    /**
     * The rows as the page renders them, decided here once per cell instead of in template
     * expressions: the page of 兰州市 has ~1,000 cells, and per-cell conditions in Thymeleaf were most
     * of its rendering time.
     */
    public List<RowView> rowViews(int year) {
        return rowViews(year, rows.size());
    }

    /** The first {@code max} rows (the page shows the top of long tables; the exports have all). */
    public List<RowView> rowViews(int year, int max) {
        int shown = Math.min(max, rows.size());
        List<RowView> views = new ArrayList<>(shown);
        for (int r = 0; r < shown; r++) {
            String link = links == null ? null : links.get(r);
            String href = link == null ? null : "/monitoring/areas/" + link + "?year=" + year;
            List<Object> row = rows.get(r);
            List<CellView> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String text = cell == null ? "" : cell.toString();
                String tag = "达标".equals(cell) ? "tag green" : "未达标".equals(cell) ? "tag red" : null;
                cells.add(new CellView(text, c > 0 ? "num" : null, numeric(cell) ? text : null, c == 0 ? href : null, tag));
            }
            views.add(new RowView(href, cells));
        }
        return views;
    }
}
