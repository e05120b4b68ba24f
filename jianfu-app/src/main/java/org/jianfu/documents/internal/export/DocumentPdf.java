package org.jianfu.documents.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jianfu.documents.internal.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A document as print/PDF in the GB/T 9704-2012 layout ({@link DocumentLayout}). */
@Component
class DocumentPdf {

    private final String configuredFont;

    DocumentPdf(@Value("${jianfu.documents.pdf-font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    byte[] render(Document d, DocumentLayout.Names names) {
        File fontFile = CjkFont.find(configuredFont).orElseThrow(CjkFont::missing);
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = CjkFont.load(pdf, fontFile);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(d.title());
            info.setAuthor(names.issuer());
            try (PdfSurface surface = new PdfSurface(pdf, font)) {
                DocumentLayout.write(new PageWriter(surface), d, names);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
