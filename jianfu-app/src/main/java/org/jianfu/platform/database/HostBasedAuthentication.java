package org.jianfu.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded server's {@code pg_hba.conf}. The library's initdb writes {@code trust} for every local
 * connection, so any local user was database superuser; data folders made before the password existed
 * still have those lines, and they are switched to {@code scram-sha-256} on their next start.
 */
final class HostBasedAuthentication {

    static final String METHOD = "scram-sha-256";

    /** A rule line (not a comment) whose method, the last field, is {@code trust}. */
    private static final Pattern TRUST_RULE = Pattern.compile("^(\\s*[^#\\s].*\\s)trust(\\s*)$");

    private HostBasedAuthentication() {
    }

    static Path fileOf(Path dataDir) {
        return dataDir.resolve("pg_hba.conf");
    }

    static boolean trustsAnyRule(Path dataDir) throws IOException {
        Path file = fileOf(dataDir);
        return Files.exists(file)
                && Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(line -> TRUST_RULE.matcher(line).matches());
    }

    /** Rewrites every {@code trust} rule to ask for the password; written beside and renamed, never half-written. */
    static void requirePasswords(Path dataDir) throws IOException {
        Path file = fileOf(dataDir);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> TRUST_RULE.matcher(line).replaceFirst("$1" + METHOD + "$2"))
                .toList();
        Path draft = file.resolveSibling("pg_hba.conf.new");
        Files.write(draft, lines, StandardCharsets.UTF_8);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(draft, Files.getPosixFilePermissions(file));
        }
        Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
