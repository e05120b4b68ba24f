package org.jianfu.documents.internal.export;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jianfu.platform.RuleViolationException;

/**
 * The CJK font for PDFs. Maven Central ships none, so Jianfu uses a system font at a known path:
 * Debian's fonts-wqy-microhei (.ttc) first, then Noto CJK; {@code jianfu.documents.pdf-font} overrides.
 * The glyphs used are embedded as a subset, so the PDF reads the same everywhere.
 */
final class CjkFont {

    static final List<String> KNOWN_PATHS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private CjkFont() {
    }

    static Optional<File> find(String configured) {
        if (configured != null && !configured.isBlank()) {
            File f = new File(configured);
            return f.canRead() ? Optional.of(f) : Optional.empty();
        }
        return KNOWN_PATHS.stream().map(File::new).filter(File::canRead).findFirst();
    }

    /** Loads the first font of the file (a .ttc collection or a single .ttf) into the document. */
    static PDFont load(PDDocument pdf, File file) throws IOException {
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            // the collection must stay open until the PDF is saved; the document closes the font
            return PDType0Font.load(pdf, first[0], true);
        }
        return PDType0Font.load(pdf, file);
    }

    static RuleViolationException missing() {
        return new RuleViolationException("服务器未安装中文字体（Debian 软件包 fonts-wqy-microhei），暂时无法生成 PDF");
    }
}
