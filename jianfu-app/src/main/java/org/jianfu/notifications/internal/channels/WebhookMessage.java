package org.jianfu.notifications.internal.channels;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A text message in a robot's format: both take {@code {"msgtype":"text","text":{"content":…}}}; 钉钉 with a
 * secret also wants {@code timestamp} and {@code sign} (Base64 of HMAC-SHA256 over "timestamp\nsecret", URL-encoded)
 * on the URL.
 */
public record WebhookMessage(String url, String json) {

    public static WebhookMessage of(WebhookKind kind, String url, String secret, String text, long epochMillis) {
        String json = "{\"msgtype\":\"text\",\"text\":{\"content\":\"" + escaped(text) + "\"}}";
        if (kind == WebhookKind.DINGTALK && secret != null && !secret.isBlank()) {
            String sign = URLEncoder.encode(sign(epochMillis, secret), StandardCharsets.UTF_8);
            return new WebhookMessage(url + (url.contains("?") ? "&" : "?") + "timestamp=" + epochMillis + "&sign=" + sign,
                    json);
        }
        return new WebhookMessage(url, json);
    }

    static String sign(long epochMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
