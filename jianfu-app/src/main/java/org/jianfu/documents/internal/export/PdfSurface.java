package org.jianfu.documents.internal.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A4 PDF pages of a PDFBox document; PDF counts y from the bottom, so y is flipped here. */
final class PdfSurface implements Surface, AutoCloseable {

    private final PDDocument pdf;
    private final PDFont font;
    private PDPageContentStream out;

    PdfSurface(PDDocument pdf, PDFont font) {
        this.pdf = pdf;
        this.font = font;
    }

    @Override
    public void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
    }

    @Override
    public float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    @Override
    public void text(String text, float x, float baseline, float size, Color color) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, PageWriter.PAGE_HEIGHT - baseline);
        out.showText(text);
        out.endText();
    }

    @Override
    public void rule(float x, float y, float width, Color color, float thickness) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(thickness);
        out.moveTo(x, PageWriter.PAGE_HEIGHT - y);
        out.lineTo(x + width, PageWriter.PAGE_HEIGHT - y);
        out.stroke();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
