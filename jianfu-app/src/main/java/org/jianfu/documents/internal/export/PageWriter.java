package org.jianfu.documents.internal.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes lines of CJK text top-down on A4 pages with the GB/T 9704 text area (156 × 225 mm,
 * top margin 37 mm, left 28 mm), breaking lines by glyph width and starting new pages as needed.
 */
final class PageWriter implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final float LEFT = 28 * MM;
    static final float WIDTH = 156 * MM;
    static final float TOP = PDRectangle.A4.getHeight() - 37 * MM;
    static final float BOTTOM = PDRectangle.A4.getHeight() - (37 + 225) * MM;
    /** Closing punctuation may not start a line (避头点): it hangs at the end of the previous one. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)";

    private final PDDocument pdf;
    private final PDFont font;
    private PDPageContentStream out;
    private float y;

    PageWriter(PDDocument pdf, PDFont font) throws IOException {
        this.pdf = pdf;
        this.font = font;
        newPage();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = TOP;
    }

    float y() {
        return y;
    }

    void skip(float points) throws IOException {
        y -= points;
        if (y < BOTTOM) {
            newPage();
        }
    }

    /** One line at x offset; {@code align}: -1 left, 0 centre, 1 right. */
    void line(String text, float size, Color color, int align) throws IOException {
        if (y - size < BOTTOM) {
            newPage();
        }
        float width = font.getStringWidth(text) / 1000 * size;
        float x = align < 0 ? LEFT : align == 0 ? LEFT + (WIDTH - width) / 2 : LEFT + WIDTH - width;
        y -= size;
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        y -= size * 0.6f;
    }

    /** A paragraph wrapped to the text width; the first line indented by {@code indentChars} characters. */
    void paragraph(String text, float size, int indentChars, Color color, int align) throws IOException {
        for (String l : wrap(text, size, indentChars)) {
            line(l, size, color, align);
        }
    }

    List<String> wrap(String text, float size, int indentChars) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder("　".repeat(indentChars));
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            String c = new String(Character.toChars(cp));
            float width = font.getStringWidth(current + c) / 1000 * size;
            if (width > WIDTH && !current.isEmpty() && NO_LINE_START.indexOf(cp) < 0) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(c);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** A horizontal rule across the text area. */
    void rule(Color color, float thickness) throws IOException {
        y -= 4;
        out.setStrokingColor(color);
        out.setLineWidth(thickness);
        out.moveTo(LEFT, y);
        out.lineTo(LEFT + WIDTH, y);
        out.stroke();
        y -= 8;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
