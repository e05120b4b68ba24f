package org.jianfu.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of the audit chain. It never enters the database: whoever can write {@code audit.entry}
 * (a DBA, a restored backup, the app's own credentials) still cannot recompute the chain after an edit.
 *
 * <p>From {@code jianfu.audit.key} (base64, e.g. the environment variable {@code JIANFU_AUDIT_KEY}: every
 * node of a cluster on one external PostgreSQL needs the same key), otherwise from {@code audit.key} in the
 * audit folder, created on first use with 32 random bytes and permissions 0600.
 */
record AuditKey(byte[] bytes) {

    static final String FILE_NAME = "audit.key";

    static AuditKey of(String configured, Path folder) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length < 16) {
                throw new IllegalStateException("jianfu.audit.key 太短：至少 16 字节（base64 编码）");
            }
            return new AuditKey(key);
        }
        return fromFile(folder.resolve(FILE_NAME));
    }

    private static AuditKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new AuditKey(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("审计日志密钥无法读取或创建: " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path partial = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(partial);
        // created 0600 from the start: the key is never readable by others, not even for a moment
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, Base64.getEncoder().encodeToString(key) + "\n");
        try {
            // two processes starting together: the first one's key wins, the other reads it
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
