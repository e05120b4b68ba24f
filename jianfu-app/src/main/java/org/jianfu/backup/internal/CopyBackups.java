package org.jianfu.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jianfu.backup.Backups;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups as a zip of PostgreSQL COPY streams, one entry per table, plus a manifest of row
 * counts and content hashes. Backup reads in one repeatable-read transaction (a consistent
 * snapshot); restore replaces all tables in one transaction, so it either fully happens or not at all.
 */
@Service
class CopyBackups implements Backups {

    private static final String MANIFEST = "manifest.tsv";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    CopyBackups(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public Map<String, TableFingerprint> backup(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        TransactionTemplate snapshot = new TransactionTemplate(transaction.getTransactionManager());
        snapshot.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        Map<String, TableFingerprint> fingerprints = snapshot.execute(status -> {
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                Map<String, TableFingerprint> seen = fingerprints();
                CopyManager copy = copyManager();
                for (String table : seen.keySet()) {
                    zip.putNextEntry(new ZipEntry(entryName(table)));
                    copy.copyOut("copy " + Tables.quoted(table) + " to stdout", new NonClosing(zip));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest(seen).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                return seen;
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("备份失败: " + e.getMessage(), e);
            }
        });
        // only a complete file gets the final name
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return fingerprints;
    }

    @Override
    public Map<String, TableFingerprint> restore(Path file) throws IOException {
        try (BackupContent content = BackupContent.open(file)) {
            return restore(content);
        }
    }

    private Map<String, TableFingerprint> restore(BackupContent content) {
        List<String> order = Tables.inDependencyOrder(jdbc);
        for (String table : content.fingerprints().keySet()) {
            if (!order.contains(table)) {
                throw new IllegalArgumentException("备份中的表 " + table + " 在当前数据库中不存在（数据库版本不一致？）");
            }
        }
        return transaction.execute(status -> {
            try {
                List<String> restored = order.stream().filter(content.fingerprints()::containsKey).toList();
                // append-only guards (e.g. the audit log's) must not stop a restore of the same rows
                restored.forEach(t -> jdbc.sql("alter table " + Tables.quoted(t) + " disable trigger user").update());
                jdbc.sql("truncate " + String.join(", ", restored.stream().map(Tables::quoted).toList()) + " cascade").update();
                CopyManager copy = copyManager();
                for (String table : restored) {
                    try (var rows = content.rows(table)) {
                        copy.copyIn("copy " + Tables.quoted(table) + " from stdin", rows);
                    }
                }
                restored.forEach(t -> jdbc.sql("alter table " + Tables.quoted(t) + " enable trigger user").update());
                resetSequences();
                Map<String, TableFingerprint> now = fingerprints();
                for (var expected : content.fingerprints().entrySet()) {
                    if (!expected.getValue().equals(now.get(expected.getKey()))) {
                        throw new IllegalStateException("恢复后表 " + expected.getKey() + " 与备份不一致");
                    }
                }
                return now;
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("恢复失败: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Map<String, TableFingerprint> fingerprints() {
        Map<String, TableFingerprint> result = new LinkedHashMap<>();
        for (String table : Tables.inDependencyOrder(jdbc)) {
            result.put(table, jdbc.sql("select count(*) as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from "
                            + Tables.quoted(table) + " t")
                    .query((rs, i) -> new TableFingerprint(rs.getLong("n"), rs.getString("h"))).single());
        }
        return result;
    }

    private void resetSequences() {
        jdbc.sql("""
                select table_schema || '.' || table_name as t, column_name as c,
                       pg_get_serial_sequence(quote_ident(table_schema) || '.' || quote_ident(table_name), column_name) as s
                from information_schema.columns where table_schema not in ('pg_catalog', 'information_schema')""")
                .query(rs -> {
                    String sequence = rs.getString("s");
                    if (sequence != null) {
                        jdbc.sql("select setval(?, coalesce((select max(" + rs.getString("c") + ") from "
                                        + Tables.quoted(rs.getString("t")) + "), 0) + 1, false)")
                                .param(sequence).query(Object.class).single();
                    }
                });
    }

    private CopyManager copyManager() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static String manifest(Map<String, TableFingerprint> fingerprints) {
        StringBuilder text = new StringBuilder("table\trows\tmd5\n");
        fingerprints.forEach((t, f) -> text.append(t).append('\t').append(f.rows()).append('\t').append(f.md5()).append('\n'));
        return text.toString();
    }

    /** Lets COPY write into the current zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** An open backup file: the manifest's fingerprints, and each table's rows streamed on demand. */
    record BackupContent(java.util.zip.ZipFile zip, Map<String, TableFingerprint> fingerprints) implements AutoCloseable {

        static BackupContent open(Path file) throws IOException {
            java.util.zip.ZipFile zip;
            try {
                zip = new java.util.zip.ZipFile(file.toFile());
            } catch (java.util.zip.ZipException e) {
                throw new IllegalArgumentException("不是有效的 Jianfu 备份文件: " + file, e);
            }
            Map<String, TableFingerprint> fingerprints = new LinkedHashMap<>();
            ZipEntry manifest = zip.getEntry(MANIFEST);
            try {
                if (manifest == null) {
                    throw new IllegalArgumentException("不是完整的 Jianfu 备份文件（缺少清单）: " + file);
                }
                String text = new String(zip.getInputStream(manifest).readAllBytes(), StandardCharsets.UTF_8);
                text.lines().skip(1).map(l -> l.split("\t", -1))
                        .forEach(f -> fingerprints.put(f[0], new TableFingerprint(Long.parseLong(f[1]), f[2])));
                for (String table : fingerprints.keySet()) {
                    if (zip.getEntry(entryName(table)) == null) {
                        throw new IllegalArgumentException("备份文件缺少表 " + table + " 的数据: " + file);
                    }
                }
            } catch (RuntimeException e) {
                zip.close();
                throw e instanceof IllegalArgumentException ? e : new IllegalArgumentException("备份清单损坏: " + file, e);
            }
            return new BackupContent(zip, fingerprints);
        }

        java.io.InputStream rows(String table) throws IOException {
            return zip.getInputStream(zip.getEntry(entryName(table)));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    static String entryName(String table) {
        return "tables/" + table + ".copy";
    }
}
