package org.jianfu.platform.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.ClassPathResource;

/**
 * The CJK font Jianfu ships for PDF output (WenQuanYi Micro Hei, Apache-2.0), so printing works on
 * a machine without Chinese fonts. PDF libraries that need a file path get a copy in a temp folder.
 */
public final class ShippedFonts {

    /** A TrueType collection; face 0 is the proportional Micro Hei. */
    public static final String CJK_COLLECTION = "fonts/wqy-microhei.ttc";

    private static volatile Path extracted;

    private ShippedFonts() {
    }

    public static InputStream cjkCollection() throws IOException {
        return new ClassPathResource(CJK_COLLECTION).getInputStream();
    }

    /** The font collection as a file (extracted once per JVM). */
    public static Path cjkCollectionFile() {
        Path file = extracted;
        if (file == null) {
            synchronized (ShippedFonts.class) {
                file = extracted;
                if (file == null) {
                    try (InputStream in = cjkCollection()) {
                        file = Files.createTempFile("jianfu-cjk-", ".ttc");
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                        file.toFile().deleteOnExit();
                        extracted = file;
                    } catch (IOException e) {
                        throw new UncheckedIOException("无法读取随附的中文字体 " + CJK_COLLECTION, e);
                    }
                }
            }
        }
        return file;
    }
}
