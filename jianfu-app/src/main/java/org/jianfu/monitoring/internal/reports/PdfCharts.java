package org.jianfu.monitoring.internal.reports;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.jianfu.monitoring.internal.FigureTable;

/** Simple vector charts for the PDF, one per figure table, read from the table's own columns. */
final class PdfCharts {

    static final Color RED = new Color(0xc62828);
    static final Color GREEN = new Color(0x2e7d32);
    static final Color ACCENT = new Color(0x1f5fbf);
    static final Color GREY = new Color(0xb0b7c3);
    private static final int MAX_BARS = 24;

    private PdfCharts() {
    }

    static void draw(PdfCanvas c, FigureTable t, float x, float y, float w, float h) throws IOException {
        List<List<Object>> rows = t.rows().size() > MAX_BARS ? t.rows().subList(0, MAX_BARS) : t.rows();
        switch (t.chart()) {
            case "target-bars" -> bars(c, rows, x, y, w, h, new int[] {1, 2}, 3, 5);
            case "trend" -> bars(c, rows, x, y, w, h, new int[] {2, 1}, -1, -1);
            case "treemap" -> bars(c, rows, x, y, w, h, new int[] {1}, -1, -1);
            default -> bars(c, rows, x, y, w, h, new int[] {rows.getFirst().size() - 1}, -1, -1);
        }
    }

    /**
     * Grouped bars: one group per row, one bar per value column; the last bar of a group is green or
     * red by the row's met column; a dark tick marks the target column.
     */
    private static void bars(PdfCanvas c, List<List<Object>> rows, float x, float y, float w, float h,
                             int[] valueColumns, int targetColumn, int metColumn) throws IOException {
        double max = 0;
        for (List<Object> r : rows) {
            for (int col : valueColumns) {
                max = Math.max(max, number(r.get(col)));
            }
            if (targetColumn >= 0) {
                max = Math.max(max, number(r.get(targetColumn)));
            }
        }
        float chartBottom = y + 14;
        float chartHeight = h - 20;
        c.line(x, chartBottom, x + w, chartBottom, ResultsPdf.LINE, 0.8f);
        c.text(x, y + h - 6, 7, "最大 " + format(max), ResultsPdf.MUTED);
        if (max <= 0) {
            return;
        }
        float group = w / rows.size();
        float bar = Math.min(18, group * 0.8f / valueColumns.length);
        for (int i = 0; i < rows.size(); i++) {
            List<Object> r = rows.get(i);
            float gx = x + i * group + (group - bar * valueColumns.length) / 2;
            for (int j = 0; j < valueColumns.length; j++) {
                float bh = (float) (number(r.get(valueColumns[j])) / max * chartHeight);
                Color color = j < valueColumns.length - 1 ? GREY
                        : metColumn < 0 ? ACCENT : "达标".equals(r.get(metColumn)) ? GREEN : "未达标".equals(r.get(metColumn)) ? RED : ACCENT;
                c.rect(gx + j * bar, chartBottom, bar - 1, bh, color);
            }
            if (targetColumn >= 0) {
                float ty = chartBottom + (float) (number(r.get(targetColumn)) / max * chartHeight);
                c.line(gx - 2, ty, gx + bar * valueColumns.length + 1, ty, ResultsPdf.TEXT, 1.2f);
            }
            c.text(x + i * group + 1, y + 2, 6, c.fit(String.valueOf(r.getFirst()), 6, group - 2), ResultsPdf.MUTED);
        }
    }

    private static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }
}
