package org.jianfu.documents.internal.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes lines of CJK text top-down on A4 pages with the GB/T 9704 text area (156 × 225 mm,
 * top margin 37 mm, left 28 mm), breaking lines by glyph width and starting new pages as needed.
 * The same for PDF and OFD: only the {@link Surface} differs.
 */
final class PageWriter {

    /** The GB/T 9704 text area in millimetres on A4 (210 × 297 mm). */
    static final int TOP_MM = 37, LEFT_MM = 28, WIDTH_MM = 156, HEIGHT_MM = 225;
    static final float MM = 72f / 25.4f;
    static final float PAGE_HEIGHT = 297 * MM;
    static final float LEFT = LEFT_MM * MM;
    static final float WIDTH = WIDTH_MM * MM;
    static final float TOP = TOP_MM * MM;
    static final float BOTTOM = (TOP_MM + HEIGHT_MM) * MM;
    /** Closing punctuation may not start a line (避头点): it hangs at the end of the previous one. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)";

    /** 页码: 4号 (14 pt) half-width digits between two 一字线, 7 mm below the text area. */
    static final float PAGE_NUMBER_SIZE = 14;
    static final float PAGE_NUMBER_BASELINE = BOTTOM + 7 * MM + PAGE_NUMBER_SIZE;

    private final Surface surface;
    private float y;
    private int page;

    PageWriter(Surface surface) throws IOException {
        this.surface = surface;
        newPage();
    }

    private void newPage() throws IOException {
        if (page > 0) {
            pageNumber(); // drawn as a page is left, so text extraction reads it after the page's text
        }
        surface.newPage();
        y = TOP;
        page++;
    }

    /** The last page's number; call once when the document is written. */
    void finish() throws IOException {
        pageNumber();
    }

    /**
     * GB/T 9704 7.5: "— 1 —" below the text area, odd pages on the right and even pages on the left, each one
     * character (of the page number's size) in from the edge of the text area.
     */
    private void pageNumber() throws IOException {
        String text = pageNumberText(page);
        float width = surface.width(text, PAGE_NUMBER_SIZE);
        float x = page % 2 == 1 ? LEFT + WIDTH - PAGE_NUMBER_SIZE - width : LEFT + PAGE_NUMBER_SIZE;
        surface.text(text, x, PAGE_NUMBER_BASELINE, PAGE_NUMBER_SIZE, Color.BLACK);
    }

    static String pageNumberText(int page) {
        return "— " + page + " —";
    }

    int pages() {
        return page;
    }

    void skip(float points) throws IOException {
        y += points;
        if (y > BOTTOM) {
            newPage();
        }
    }

    /** One line; {@code align}: -1 left, 0 centre, 1 right. */
    void line(String text, float size, Color color, int align) throws IOException {
        if (y + size > BOTTOM) {
            newPage();
        }
        float width = surface.width(text, size);
        float x = align < 0 ? LEFT : align == 0 ? LEFT + (WIDTH - width) / 2 : LEFT + WIDTH - width;
        y += size;
        surface.text(text, x, y, size, color);
        y += size * 0.6f;
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
        float width = surface.width(current.toString(), size);
        for (int cp : text.codePoints().toArray()) {
            String c = Character.toString(cp);
            float w = surface.width(c, size);
            if (width + w > WIDTH && !current.isEmpty() && NO_LINE_START.indexOf(cp) < 0) {
                lines.add(current.toString());
                current.setLength(0);
                width = 0;
            }
            current.append(c);
            width += w;
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** A horizontal rule across the text area. */
    void rule(Color color, float thickness) throws IOException {
        y += 4;
        surface.rule(LEFT, y, WIDTH, color, thickness);
        y += 8;
    }
}
