package org.jianfu.monitoring.internal.reports;

import java.awt.Color;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Landscape A4 pages written top-down with a cursor; text in the CJK font, glyphs it lacks become "?". */
final class PdfCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getHeight();
    static final float HEIGHT = PDRectangle.A4.getWidth();
    static final float MARGIN = 36;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Character, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, PDType0Font font) throws IOException {
        this.doc = doc;
        this.font = font;
        newPage();
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = HEIGHT - MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit. */
    void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    void text(float x, float baseline, float size, String text, Color color) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(safe(text));
        cs.endText();
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(safe(text)) / 1000 * size;
    }

    /** Cuts text to fit {@code max} points. */
    String fit(String text, float size, float max) throws IOException {
        String t = safe(text);
        while (t.length() > 1 && width(t, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    void rect(float x, float bottom, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, bottom, w, h);
        cs.fill();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private String safe(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            s.append(glyphs.computeIfAbsent(c, this::encodable) ? c : '?');
        }
        return s.toString();
    }

    private boolean encodable(char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
