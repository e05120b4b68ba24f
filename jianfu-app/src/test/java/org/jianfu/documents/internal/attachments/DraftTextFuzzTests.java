package org.jianfu.documents.internal.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jianfu.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the draft upload parsers (.docx by POI, .pdf by PDFBox, .txt by our decoder fallback). Whatever
 * the bytes, the drafter either gets the text or a Chinese {@link RuleViolationException} (422): never
 * another exception, an error or a hang. Seeds are small valid files under {@code DraftTextFuzzTestsInputs/};
 * without JAZZER_FUZZ they are replayed as plain tests (docs/fuzzing.md).
 */
class DraftTextFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void docx(byte[] content) {
        extractsTextOrRefusesInChinese("docx", content);
    }

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] content) {
        extractsTextOrRefusesInChinese("pdf", content);
    }

    @FuzzTest(maxDuration = "5m")
    void txt(byte[] content) {
        extractsTextOrRefusesInChinese("txt", content);
    }

    /** The seeds are real documents, so the fuzzer mutates working structures, not noise. */
    @Test
    void seedsAreRealDocuments() throws IOException {
        assertThat(DraftText.extract("docx", seed("docx/notice-stored"), "a.docx"))
                .isEqualTo("关于做好基层减负工作的通知\n各县区人民政府：\n一、严格控制发文数量。\tA1\n单位\t数量\n城关区\t12");
        assertThat(DraftText.extract("docx", seed("docx/notice-deflated"), "a.docx")).startsWith("关于做好基层减负工作的通知");
        for (String pdf : new String[]{"pdf/notice-plain", "pdf/notice-flate"}) {
            assertThat(DraftText.extract("pdf", seed(pdf), "a.pdf"))
                    .isEqualTo("Notice on reducing burdens\n1. Fewer documents, 2019\nMeet ings");
        }
        assertThat(DraftText.extract("txt", seed("txt/utf8-bom"), "a.txt"))
                .isEqualTo("关于做好基层减负工作的通知\n\n各县区人民政府：\n一、严格控制发文数量。");
        assertThat(DraftText.extract("txt", seed("txt/gb18030"), "a.txt")).startsWith("关于印发《甘肃省基层减负办法》的通知");
    }

    private static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/org/jianfu/documents/internal/attachments/DraftTextFuzzTestsInputs", name));
    }

    private static void extractsTextOrRefusesInChinese(String extension, byte[] content) {
        String fileName = "草稿." + extension;
        String text;
        try {
            text = DraftText.extract(extension, content, fileName);
        } catch (RuleViolationException e) {
            assertThat(e.getMessage()).contains(fileName).containsPattern("\\p{IsHan}");
            return;
        }
        // what the gate checks: trimmed text, one paragraph per line, at most one blank line in a row
        assertThat(text).isNotEmpty().isEqualTo(text.strip()).doesNotContain("\r").doesNotContain("\n\n\n");
    }
}
