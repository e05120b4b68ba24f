package org.jianfu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code kill -9} of a {@code ./jianfu} command its embedded PostgreSQL runs on; the next start stops it first
 * (the next command used to fail with "Connection refused"). A folder a live process holds is left alone.
 */
class KilledCommandServerTests {

    @Test
    void theServerOfAKilledCommandIsStoppedAndALiveOneIsLeftAlone(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setRegisterShutdownHook(false).start();
        long pid = postmaster(data);
        releaseLockAsADeadProcessWould(orphan);

        EmbeddedDatabaseConfiguration.stopServerOfAKilledProcess(data);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the orphan is stopped").isFalse();

        try (EmbeddedPostgres live = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            long livePid = postmaster(data);
            EmbeddedDatabaseConfiguration.stopServerOfAKilledProcess(data);
            assertThat(ProcessHandle.of(livePid).map(ProcessHandle::isAlive).orElse(false)).as("held: left alone").isTrue();
            assertThat(live.getPostgresDatabase().getConnection().isValid(5)).isTrue();
        }
    }

    private static long postmaster(Path data) throws Exception {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    /** What the end of a process does to the library's lock on the folder; its server goes on running. */
    private static void releaseLockAsADeadProcessWould(EmbeddedPostgres postgres) throws Exception {
        Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((FileLock) lock.get(postgres)).release();
        Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
        stream.setAccessible(true);
        ((java.io.FileOutputStream) stream.get(postgres)).close();
    }
}
