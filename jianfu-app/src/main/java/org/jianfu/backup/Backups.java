package org.jianfu.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes and restores backups; each returns the per-table fingerprints it saw. */
public interface Backups {

    /** Writes every table to {@code file}; returns table → fingerprint (row count and content hash). */
    Map<String, TableFingerprint> backup(Path file) throws IOException;

    /** Replaces the content of every table in the backup with the backup's rows; verifies fingerprints. */
    Map<String, TableFingerprint> restore(Path file) throws IOException;

    /** The fingerprints of the current database, to compare with a backup's. */
    Map<String, TableFingerprint> fingerprints();

    /** Row count and an MD5 over the table's rows in a fixed order. */
    record TableFingerprint(long rows, String md5) {
    }
}
