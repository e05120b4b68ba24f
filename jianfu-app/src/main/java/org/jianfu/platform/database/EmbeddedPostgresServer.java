package org.jianfu.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The running embedded server; closing it stops PostgreSQL cleanly. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String password;
    /** A throwaway data folder's password file (tests), removed with the folder; null when the folder is kept. */
    private final Path throwawayPasswordFile;

    EmbeddedPostgresServer(EmbeddedPostgres postgres, String password, Path throwawayPasswordFile) {
        this.postgres = postgres;
        this.password = password;
        this.throwawayPasswordFile = throwawayPasswordFile;
    }

    /** Without the password: it stays out of anything that prints or logs a URL. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(EmbeddedDatabaseConfiguration.SUPERUSER, "postgres") + "&reWriteBatchedInserts=true";
    }

    String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (throwawayPasswordFile != null) {
            Files.deleteIfExists(throwawayPasswordFile);
        }
    }
}
