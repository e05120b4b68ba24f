package org.jianfu.documents.internal.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.files.OfficeZipLimits;

/** Turns an uploaded draft (.docx, .pdf, .txt) into the plain text the gate checks: one paragraph per line. */
public final class DraftText {

    private DraftText() {
    }

    public static String extract(String extension, byte[] content, String fileName) {
        try {
            String text = switch (extension) {
                case "docx" -> docx(content);
                case "pdf" -> pdf(content);
                case "txt" -> txt(content);
                default -> throw new RuleViolationException("不支持的文稿格式：." + extension);
            };
            text = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u3000]+\n", "\n")
                    .replaceAll("\n{3,}", "\n\n").strip();
            if (text.isEmpty()) {
                throw new RuleViolationException("文件“" + fileName + "”中没有可识别的文字（扫描件请先转为文字）");
            }
            return text;
        } catch (IOException | RuntimeException | NoClassDefFoundError e) {
            // NoClassDefFoundError: a zip entry compressed with Zstandard (a method Office never writes)
            // makes commons-compress load a codec we do not ship (found by DraftTextFuzzTests)
            if (e instanceof RuleViolationException r) {
                throw r;
            }
            throw new RuleViolationException(unreadable(e, extension, fileName));
        }
    }

    /** Why a file could not be read, as the drafter should hear it. */
    private static String unreadable(Throwable e, String extension, String fileName) {
        if (e instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
            return "文件“" + fileName + "”已加密（设置了打开密码），请取消密码后再上传";
        }
        // OfficeZipLimits: more than 100 MB in all, or an entry inflating over 100× or past 20 MB
        if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
            return "文件“" + fileName + "”解压后异常巨大（疑似压缩炸弹），已拒绝";
        }
        return "文件“" + fileName + "”无法读取，可能已损坏或不是有效的 ." + extension + " 文件";
    }

    /** Paragraphs (headings included, in order) and table rows as tab-separated cells. */
    static String docx(byte[] content) throws IOException {
        if (!OfficeZipLimits.inflatesWithinLimits(content)) {
            throw new IOException("Zip bomb: inflates beyond " + OfficeZipLimits.MAX_TOTAL + " bytes");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(p.getText().strip());
                } else if (element instanceof XWPFTable t) {
                    t.getRows().forEach(r -> lines.add(String.join("\t", r.getTableCells().stream()
                            .map(c -> c.getText().strip()).toList())));
                }
            }
            return String.join("\n", lines.stream().filter(l -> !l.isEmpty()).toList());
        }
    }

    static String pdf(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** UTF-8 if it decodes cleanly, else GB18030 (what Chinese Windows writes). */
    static String txt(byte[] content) {
        try {
            String s = strict(StandardCharsets.UTF_8, content);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }
}
