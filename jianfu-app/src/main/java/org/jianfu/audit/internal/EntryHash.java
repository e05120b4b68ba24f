package org.jianfu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One link of the chain: a digest over an entry's fields and the previous entry's hash. Keyed entries use
 * HMAC-SHA-256 under the {@link AuditKey} and cover the origin too; entries written before the key existed
 * keep their plain SHA-256 (only read back, never written again).
 */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    record Fields(long seq, Instant at, Long accountId, String username, String action, String subject,
                  String details, String origin, String prevHash) {

        private String canonical(boolean keyed) {
            String base = String.join("\u001f", Long.toString(seq), Long.toString(at.toEpochMilli()),
                    String.valueOf(accountId), String.valueOf(username), action, subject, details);
            return keyed ? String.join("\u001f", base, String.valueOf(origin), prevHash) : base + "\u001f" + prevHash;
        }
    }

    static String keyed(AuditKey key, Fields fields) {
        return mac(key, fields.canonical(true));
    }

    /** The link of an entry written before the chain was keyed. */
    static String plain(Fields fields) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fields.canonical(false).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A MAC over any text under the key (checkpoints). */
    static String mac(AuditKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }
}
