package org.jianfu.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jianfu.platform.EmbeddedDatabasePasswordException;

/**
 * The embedded PostgreSQL superuser's password, kept in a file beside the data folder that only the
 * owner can read (0600). Generated once, on the first start of a data folder, and read on every start
 * after it: the server and every {@code ./jianfu} command take it from there.
 */
final class SuperuserPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SuperuserPassword() {
    }

    /** {@code data/pg} keeps its password in {@code data/pg-password}: outside the folder initdb needs empty. */
    static Path fileFor(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-password");
    }

    static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new EmbeddedDatabasePasswordException("嵌入式数据库的密码文件是空的（" + file + "）：请从备份中恢复该文件", null);
        }
        return password;
    }

    /**
     * Written under a temporary name with 0600 from its creation (never readable by others, not even for
     * a moment), then linked to its final name, which fails if another process got there first: two first
     * starts at once both end up with the winner's password.
     */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new", ownerOnly(file));
        try {
            Files.writeString(draft, generate() + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException anotherProcessWon) {
                // keep theirs
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (!Files.exists(file)) {
                    Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /** 32 random bytes in URL-safe Base64: letters, digits, '-' and '_', so it needs no quoting anywhere. */
    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
