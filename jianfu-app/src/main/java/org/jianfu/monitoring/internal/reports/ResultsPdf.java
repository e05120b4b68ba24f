package org.jianfu.monitoring.internal.reports;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jianfu.monitoring.internal.AreaFigures;
import org.jianfu.monitoring.internal.FigureTable;

/**
 * The 减负成效报告 as PDF: heading, then each figure table with its chart (drawn as vector bars and
 * lines) and its rows, from the same {@link AreaFigures} as the dashboard.
 */
public final class ResultsPdf {

    static final Color TEXT = new Color(0x1d2129);
    static final Color MUTED = new Color(0x6b7280);
    static final Color LINE = new Color(0xe5e7eb);
    private static final int MAX_ROWS = 40;

    private ResultsPdf() {
    }

    public static void write(AreaFigures figures, String fontPath, OutputStream out) throws IOException {
        File fontFile = new File(fontPath);
        if (!fontFile.isFile()) {
            throw new IOException("缺少中文字体 " + fontPath + "（jianfu.report.cjk-font 应指向一个 .ttc 字体集）");
        }
        try (TrueTypeCollection collection = new TrueTypeCollection(fontFile); PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            if (ttf == null) {
                ttf = firstFont(collection);
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            try (PdfCanvas canvas = new PdfCanvas(doc, font)) {
                heading(canvas, figures);
                for (FigureTable table : figures.tables()) {
                    table(canvas, table);
                }
            }
            doc.getDocumentInformation().setTitle(TableExports.heading(figures));
            doc.save(out);
        }
    }

    private static TrueTypeFont firstFont(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    private static void heading(PdfCanvas c, AreaFigures f) throws IOException {
        c.text(PdfCanvas.MARGIN, c.y() - 18, 18, f.division().name() + "减负成效报告（" + f.year() + " 年）", TEXT);
        c.down(30);
        c.text(PdfCanvas.MARGIN, c.y() - 10, 10, "基准年 " + f.baseYear() + " · 基层（乡镇、村）" + f.grassroots()
                + " 个 · 负担指数 " + f.baseIndex() + " → " + f.index() + " · 生成于 " + f.computedAt().atZone(org.jianfu.platform.time.ChinaTime.ZONE).toLocalDate(), MUTED);
        c.down(24);
    }

    private static void table(PdfCanvas c, FigureTable t) throws IOException {
        c.need(60);
        c.text(PdfCanvas.MARGIN, c.y() - 12, 12, t.title(), TEXT);
        c.down(20);
        if (t.isEmpty()) {
            c.text(PdfCanvas.MARGIN, c.y() - 9, 9, "暂无数据。" + (t.note() == null ? "" : t.note()), MUTED);
            c.down(20);
            return;
        }
        if (!"none".equals(t.chart())) {
            c.need(150);
            PdfCharts.draw(c, t, PdfCanvas.MARGIN, c.y() - 140, PdfCanvas.WIDTH - 2 * PdfCanvas.MARGIN, 130);
            c.down(150);
        }
        rows(c, t);
        if (t.note() != null) {
            c.need(14);
            c.text(PdfCanvas.MARGIN, c.y() - 8, 8, t.note(), MUTED);
            c.down(14);
        }
        c.down(10);
    }

    private static void rows(PdfCanvas c, FigureTable t) throws IOException {
        float width = PdfCanvas.WIDTH - 2 * PdfCanvas.MARGIN;
        int n = t.columns().size();
        float first = Math.min(160, width / n * 2);
        float rest = (width - first) / Math.max(1, n - 1);
        header(c, t, first, rest);
        List<List<Object>> rows = t.rows().size() > MAX_ROWS ? t.rows().subList(0, MAX_ROWS) : t.rows();
        for (List<Object> row : rows) {
            if (c.y() - 12 < PdfCanvas.MARGIN) {
                c.newPage();
                header(c, t, first, rest);
            }
            cells(c, row, first, rest, 8, TEXT);
        }
        if (t.rows().size() > MAX_ROWS) {
            c.text(PdfCanvas.MARGIN, c.y() - 8, 8, "（共 " + t.rows().size() + " 行，此处列出前 " + MAX_ROWS + " 行，完整数据见 xlsx）", MUTED);
            c.down(12);
        }
    }

    private static void header(PdfCanvas c, FigureTable t, float first, float rest) throws IOException {
        cells(c, t.columns().stream().map(Object.class::cast).toList(), first, rest, 8, MUTED);
    }

    private static void cells(PdfCanvas c, List<Object> cells, float first, float rest, float size, Color color)
            throws IOException {
        float x = PdfCanvas.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float w = i == 0 ? first : rest;
            Object v = cells.get(i);
            String s = v instanceof Double d ? String.valueOf(d) : String.valueOf(v == null ? "" : v);
            Color cellColor = "未达标".equals(s) ? PdfCharts.RED : "达标".equals(s) ? PdfCharts.GREEN : color;
            c.text(x + 2, c.y() - 9, size, c.fit(s, size, w - 4), cellColor);
            x += w;
        }
        c.line(PdfCanvas.MARGIN, c.y() - 12, PdfCanvas.WIDTH - PdfCanvas.MARGIN, c.y() - 12, LINE, 0.5f);
        c.down(12);
    }
}
