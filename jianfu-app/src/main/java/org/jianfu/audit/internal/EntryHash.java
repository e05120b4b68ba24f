package org.jianfu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** SHA-256 over an entry's fields and the previous entry's hash: one link of the chain. */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    static String of(long seq, Instant at, Long accountId, String username, String action, String subject,
                     String details, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(seq), Long.toString(at.toEpochMilli()),
                String.valueOf(accountId), String.valueOf(username), action, subject, details, prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
