package org.jianfu.documents.internal.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.files.OfficeZipLimits;

/**
 * What may be uploaded: a size limit and a list of types, checked by extension and by the file's
 * first bytes (a renamed .exe is no .pdf). Messages are in plain Chinese for the drafter.
 */
public final class UploadRules {

    /** Extension → the signature its content must start with (null: text, checked separately). */
    static final Map<String, byte[]> SIGNATURES = Map.of(
            "docx", new byte[]{'P', 'K', 3, 4},
            "xlsx", new byte[]{'P', 'K', 3, 4},
            "pdf", new byte[]{'%', 'P', 'D', 'F', '-'},
            "png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** OLE2 compound file: what Office writes for a password-protected .docx/.xlsx, and for old .doc/.xls. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final long maxBytes;

    public UploadRules(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Checks a file and returns its (lower-case) extension. */
    public String check(String fileName, byte[] content, boolean draftText) {
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            throw new RuleViolationException("请选择要上传的文件（文件不能为空）");
        }
        if (content.length > maxBytes) {
            throw new RuleViolationException("文件“" + fileName + "”大小为 " + megabytes(content.length)
                    + "，超过上限 " + megabytes(maxBytes));
        }
        String ext = extension(fileName);
        boolean allowed = draftText ? ext.equals("docx") || ext.equals("pdf") || ext.equals("txt")
                : ext.equals("txt") || SIGNATURES.containsKey(ext);
        if (!allowed) {
            throw new RuleViolationException(draftText ? "文稿只支持 .docx、.pdf、.txt 文件，不支持“." + ext + "”"
                    : "附件只支持 .docx、.xlsx、.pdf、.txt、.png、.jpg 文件，不支持“." + ext + "”");
        }
        if (ext.equals("txt")) {
            for (int i = 0; i < Math.min(content.length, 8192); i++) {
                if (content[i] == 0) {
                    throw new RuleViolationException("文件“" + fileName + "”不是文本文件（内容与扩展名不符）");
                }
            }
        } else {
            byte[] signature = SIGNATURES.get(ext);
            if ((ext.equals("docx") || ext.equals("xlsx")) && startsWith(content, OLE2)) {
                throw new RuleViolationException("文件“" + fileName + "”设置了打开密码，或是旧版 .doc/.xls 格式："
                        + "请在 WPS/Office 中取消密码或另存为 ." + ext + " 后再上传");
            }
            if (content.length < signature.length
                    || !Arrays.equals(Arrays.copyOf(content, signature.length), signature)) {
                throw new RuleViolationException("文件“" + fileName + "”的内容不是 ." + ext + " 格式（内容与扩展名不符）");
            }
            if ((ext.equals("docx") || ext.equals("xlsx")) && OfficeZipLimits.isBomb(content)) {
                throw new RuleViolationException("文件“" + fileName + "”解压后过大（疑似压缩炸弹），不能上传");
            }
        }
        return ext;
    }

    /**
     * A scan of a paper document (收文登记): a PDF or an image, by extension and by content; returns the content
     * type to serve it with.
     */
    public String checkScan(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            throw new RuleViolationException("请上传纸质来文的扫描件（PDF 或图片）");
        }
        String ext = extension(fileName).equals("jpeg") ? "jpg" : extension(fileName);
        if (!ext.equals("pdf") && !ext.equals("png") && !ext.equals("jpg")) {
            throw new RuleViolationException("扫描件只支持 PDF、PNG、JPG 文件，不支持“" + fileName + "”");
        }
        if (content.length > maxBytes) {
            throw new RuleViolationException("扫描件“" + fileName + "”大小为 " + megabytes(content.length)
                    + "，超过上限 " + megabytes(maxBytes));
        }
        if (!startsWith(content, SIGNATURES.get(ext))) {
            throw new RuleViolationException("文件“" + fileName + "”的内容不是 PDF 或图片（内容与扩展名不符）");
        }
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            default -> "image/jpeg";
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
