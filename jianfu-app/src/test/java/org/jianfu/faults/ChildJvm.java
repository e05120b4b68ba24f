package org.jianfu.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * {@code ./jianfu …} in a separate JVM ({@code org.jianfu.cli.JianfuMain}), so a test can kill it
 * like {@code kill -9}. The test classes are left off its class path (their scanned helpers are not
 * application beans); small-scale, no-laws settings come as system properties instead.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(Path work, String... args) {
        return start(work, List.of(), args);
    }

    /** With extra JVM options, e.g. {@code -Dserver.address=127.0.0.1} for {@code serve}. */
    static ChildJvm start(Path work, List<String> jvmOptions, String... args) {
        try {
            Files.createDirectories(work);
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Djianfu.demo.scale=0.05", "-Djianfu.reuse.index-laws=false",
                    "-Djianfu.home=" + work.toAbsolutePath(),
                    "-Djianfu.reuse.index-dir=" + work.resolve("reuse-index").toAbsolutePath(),
                    "-Dlogging.level.root=WARN"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, "org.jianfu.cli.JianfuMain"));
            command.addAll(List.of(args));
            Path log = Files.createTempFile(work, "child-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls until {@code condition} holds; false when the child ended first or time ran out. */
    boolean awaitWhileRunning(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.getAsBoolean();
            }
            Thread.sleep(25);
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hooks, no rollback but the database's own. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the end and returns the exit code; fails with the child's output on a timeout. */
    int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM did not finish in " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
