package org.jianfu.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of every download: a file name short enough for any browser and header
 * limit (a 293-character title broke Chromium's download, a 100,000-character one the header itself), with
 * an ASCII {@code filename} fallback and the UTF-8 name in {@code filename*} (RFC 6266, RFC 5987).
 */
public final class DownloadNames {

    /** Characters of the name before the extension; a 文号 or the start of a title fits. */
    static final int MAX_NAME = 40;

    private DownloadNames() {
    }

    /** {@code attachment} (or {@code inline}) with the file name shortened, its extension kept. */
    public static String header(boolean inline, String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > 0 && name.length() - dot <= 6 && name.substring(dot + 1).matches("[A-Za-z0-9]+");
        String file = shortened(hasExtension ? name.substring(0, dot) : name) + (hasExtension ? name.substring(dot) : "");
        String ascii = file.replaceAll("[^A-Za-z0-9._-]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The name without control or path characters, cut to {@link #MAX_NAME} characters (code points). */
    static String shortened(String name) {
        String clean = (name == null ? "" : name).replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", " ").strip()
                .replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            return "download";
        }
        int cps = clean.codePointCount(0, clean.length());
        return cps <= MAX_NAME ? clean : clean.substring(0, clean.offsetByCodePoints(0, MAX_NAME)) + "…";
    }
}
