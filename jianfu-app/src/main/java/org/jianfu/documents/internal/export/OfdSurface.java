package org.jianfu.documents.internal.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.dom4j.DocumentException;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Div;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.Span;

/**
 * A4 OFD pages built with ofdrw. Drawing is collected first, because the font ofdrw embeds is a
 * TrueType subset of the shipped collection (ofdrw cannot read a .ttc) holding just the characters
 * drawn; then each page becomes a {@link VirtualPage} of absolutely placed paragraphs and rules.
 * Widths follow ofdrw's own glyph metrics (real widths for ASCII, one em otherwise), so the lines
 * {@link PageWriter} breaks are the lines ofdrw sets.
 */
final class OfdSurface implements Surface {

    private sealed interface Mark {
    }

    private record Text(String text, float x, float baseline, float size, Color color) implements Mark {
    }

    private record Rule(float x, float y, float width, Color color, float thickness) implements Mark {
    }

    private static final double MM_PER_POINT = 25.4 / 72;

    private final TrueTypeFont face;
    private final double[] asciiWidths = new double[95];
    private final List<List<Mark>> pages = new ArrayList<>();
    private final TreeSet<Integer> codePoints = new TreeSet<>();

    OfdSurface(TrueTypeFont face) throws IOException {
        this.face = face;
        float em = face.getUnitsPerEm();
        for (int c = 32; c <= 126; c++) {
            asciiWidths[c - 32] = face.getAdvanceWidth(face.getUnicodeCmapLookup().getGlyphId(c)) / em;
        }
    }

    @Override
    public void newPage() {
        pages.add(new ArrayList<>());
    }

    @Override
    public float width(String text, float size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c >= 32 && c <= 126 ? asciiWidths[c - 32] : 1;
        }
        return (float) (em * size);
    }

    @Override
    public void text(String text, float x, float baseline, float size, Color color) {
        text.codePoints().forEach(codePoints::add);
        pages.getLast().add(new Text(text, x, baseline, size, color));
    }

    @Override
    public void rule(float x, float y, float width, Color color, float thickness) {
        pages.getLast().add(new Rule(x, y, width, color, thickness));
    }

    /** The OFD package, with the subset font embedded; the title goes in DocInfo's Subject (ofdrw has no Title). */
    byte[] toOfd(String title, String author) throws IOException {
        Path fontFile = Files.createTempFile("jianfu-ofd-", ".ttf");
        try {
            subset(fontFile);
            Font font = new Font(face.getName(), face.getNaming().getFontFamily(), fontFile, asciiWidths);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PageLayout a4 = PageLayout.A4();
            a4.setMargin((double) PageWriter.TOP_MM, a4.getWidth() - PageWriter.LEFT_MM - PageWriter.WIDTH_MM,
                    a4.getHeight() - PageWriter.TOP_MM - PageWriter.HEIGHT_MM, (double) PageWriter.LEFT_MM);
            try (OFDDoc ofd = new OFDDoc(bytes)) {
                ofd.setDefaultPageLayout(a4);
                CT_DocInfo info = ofd.getOfdDir().getOfd().getDocBody().getDocInfo();
                info.setSubject(title);
                info.setAuthor(author);
                for (List<Mark> marks : pages) {
                    VirtualPage page = new VirtualPage(a4);
                    for (Mark mark : marks) {
                        page.add(switch (mark) {
                            case Text t -> paragraph(t, font);
                            case Rule r -> rule(r);
                        });
                    }
                    ofd.addVPage(page);
                }
            }
            return bytes.toByteArray();
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(fontFile);
        }
    }

    private void subset(Path file) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(face);
        codePoints.forEach(subsetter::add);
        try (OutputStream out = Files.newOutputStream(file)) {
            subsetter.writeToStream(out);
        }
    }

    private static Div<?> paragraph(Text t, Font font) {
        double size = t.size() * MM_PER_POINT;
        Span span = new Span(font, size, t.text()).setColor(t.color().getRed(), t.color().getGreen(), t.color().getBlue());
        Paragraph p = new Paragraph().add(span);
        // one em of slack: the line is already broken, ofdrw must not break it again
        p.setWidth(t.text().length() * size + size);
        p.setPosition(Position.Absolute);
        p.setX(t.x() * MM_PER_POINT);
        p.setY((t.baseline() - t.size()) * MM_PER_POINT);
        return p;
    }

    private static Div<?> rule(Rule r) {
        Div<?> line = new Div<>(r.width() * MM_PER_POINT, Math.max(r.thickness() * MM_PER_POINT, 0.1));
        line.setBackgroundColor(r.color().getRed(), r.color().getGreen(), r.color().getBlue());
        // ofdrw also outlines the box with a zero-width stroke; give it the rule's colour, not black
        line.setBorderColor(r.color().getRed(), r.color().getGreen(), r.color().getBlue());
        line.setPosition(Position.Absolute);
        line.setX(r.x() * MM_PER_POINT);
        line.setY((r.y() - r.thickness() / 2) * MM_PER_POINT);
        return line;
    }
}
