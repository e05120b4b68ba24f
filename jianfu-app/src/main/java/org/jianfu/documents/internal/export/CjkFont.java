package org.jianfu.documents.internal.export;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.fonts.ShippedFonts;

/**
 * The CJK font for PDFs: the WenQuanYi Micro Hei collection Jianfu ships ({@link ShippedFonts});
 * {@code jianfu.documents.pdf-font} may name another font file.
 * The glyphs used are embedded as a subset, so the PDF reads the same everywhere.
 */
final class CjkFont {

    private CjkFont() {
    }

    static Optional<File> find(String configured) {
        if (configured != null && !configured.isBlank()) {
            File f = new File(configured);
            return f.canRead() ? Optional.of(f) : Optional.empty();
        }
        // the font Jianfu ships is always there; system fonts are no longer needed
        return Optional.of(ShippedFonts.cjkCollectionFile().toFile());
    }

    /** Loads the first font of the file (a .ttc collection or a single .ttf) into the document. */
    static PDFont load(PDDocument pdf, File file) throws IOException {
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            // the collection must stay open until the PDF is saved; the document closes the font
            return PDType0Font.load(pdf, firstFace(new TrueTypeCollection(file)), true);
        }
        return PDType0Font.load(pdf, file);
    }

    /** Face 0 of a collection (the proportional Micro Hei in the shipped one). */
    static TrueTypeFont firstFace(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    static RuleViolationException missing() {
        return new RuleViolationException("找不到配置的中文字体文件（jianfu.documents.pdf-font），暂时无法生成 PDF");
    }
}
