package org.jianfu.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.core.io.ClassPathResource;

/**
 * The one Content-Security-Policy of every page: scripts and styles from Jianfu's own files only, no inline
 * script or style attribute anywhere. The single inline {@code <style>} (the style sheet sent inside the page on
 * a first visit, {@link FirstVisitStyles}) is allowed by its SHA-256 hash, so nothing injected into a page can
 * run or restyle it. htmx's own indicator style is switched off (its rules are in the sheet), and ECharts draws
 * tooltips on the canvas.
 */
public final class ContentSecurityPolicy {

    static final String STYLE_SHEET = "static/css/jianfu.css";

    private static final String CSS = read();
    private static final String HEADER = "default-src 'self'; img-src 'self' data:; style-src 'self' '" + hash(CSS) + "'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }

    public static String header() {
        return HEADER;
    }

    /** The style sheet's text, exactly as {@link FirstVisitStyles} puts it inside a page. */
    static String styleSheet() {
        return CSS;
    }

    private static String read() {
        try {
            return new ClassPathResource(STYLE_SHEET).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
