package org.jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jianfu <subcommand>} as a person runs it, in its own JVM: stdout holds the answer alone,
 * the application's log goes to {@code data/logs/jianfu-cli.log} unless {@code --verbose}, and a
 * database held by a running server is named in one Chinese line instead of a stack trace.
 */
class QuietCommandLineTests {

    @TempDir
    Path home;

    @Test
    void aSubcommandPrintsOnlyItsAnswerAndLogsToAFileUnderTheDataFolder() throws Exception {
        Run run = jianfu("audit-log", "verify");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.stdout).as(run.toString()).isEqualTo("审计日志完整：哈希链校验通过\n");
        assertThat(run.stderr).as(run.toString()).isEmpty();
        Path log = home.resolve("data/logs/jianfu-cli.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("Migrating schema");
    }

    @Test
    void aDatabaseHeldByARunningServerIsOneChineseLineWithoutAStackTrace() throws Exception {
        try (EmbeddedPostgres server = holdTheDatabase()) {
            Run run = jianfu("audit-log", "verify");

            assertThat(run.exit).as(run.toString()).isNotZero();
            assertThat(run.stdout).as(run.toString()).isEmpty();
            assertThat(run.stderr.lines().toList()).as(run.toString()).singleElement().asString()
                    .startsWith("数据库正被运行中的服务器")
                    .contains("./jianfu serve");
            assertThat(Files.readString(home.resolve("data/logs/jianfu-cli.log"))).contains("could not lock");
        }
    }

    @Test
    void verboseShowsTheLogAndTheStackTrace() throws Exception {
        try (EmbeddedPostgres server = holdTheDatabase()) {
            Run run = jianfu("audit-log", "verify", "--verbose");

            assertThat(run.exit).as(run.toString()).isNotZero();
            assertThat(run.stdout + run.stderr).as(run.toString())
                    .contains("数据库正被运行中的服务器")
                    .contains("could not lock")
                    .contains("\tat ");
        }
    }

    /** What {@code ./jianfu serve} holds: the embedded PostgreSQL under {@code <jianfu.home>/data/pg}. */
    private EmbeddedPostgres holdTheDatabase() throws IOException {
        Path pg = home.resolve("data/pg");
        Files.createDirectories(pg);
        return EmbeddedPostgres.builder().setDataDirectory(pg).setCleanDataDirectory(true).start();
    }

    private record Run(int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    /** {@code ./jianfu ARGS} as the script runs it (its JVM options), on this test's own data folder. */
    private Run jianfu(String... args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-Djianfu.home=" + home.toAbsolutePath(), "-Djianfu.reuse.index-laws=false",
                "-cp", classPath, "org.jianfu.cli.JianfuMain"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jianfu-cli-", ".out");
        Path err = Files.createTempFile("jianfu-cli-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            // the child uses its own embedded database, also in the external-PostgreSQL rerun
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("JIANFU_DB_"));
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("./jianfu " + String.join(" ", args) + " did not finish:\n" + Files.readString(out));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
