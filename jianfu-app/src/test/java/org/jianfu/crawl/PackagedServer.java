package org.jianfu.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged jar ({@code jianfu-app/target/jianfu.jar}, what {@code ./jianfu serve} runs) started as
 * its own process on a free loopback port, with its home (and so its embedded PostgreSQL and 查重 index)
 * in a throw-away folder. It is ready once the demo data it loads on the first start is in.
 */
final class PackagedServer implements AutoCloseable {

    /** DemoAutoLoad names the loaders it is about to run, then logs each one as it finishes. */
    private static final Pattern LOADING = Pattern.compile("加载演示数据: \\[([^\\]]*)]");

    private final Process process;
    private final Path home;
    private final Path output;
    private final int port;

    private PackagedServer(Process process, Path home, Path output, int port) {
        this.process = process;
        this.home = home;
        this.output = output;
        this.port = port;
    }

    /**
     * Starts the jar with the demo data at the test scale (the share of the province's work records the
     * other tests load; the README tour's records are always in) and a non-durable database (it is
     * deleted afterwards); everything else as {@code ./jianfu serve}.
     */
    static PackagedServer start(Path jar, Path output) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the crawl runs after `mvn package` (integration-test phase)");
        }
        Path home = Files.createTempDirectory("jianfu-crawl-");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--sun-misc-unsafe-memory-access=allow", "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-Djianfu.home=" + home.toAbsolutePath(),
                "-Djianfu.demo.scale=0.05", "-Djianfu.database.durable=false",
                "-Dserver.address=127.0.0.1",
                "-jar", jar.toAbsolutePath().toString(), "serve", "--port", String.valueOf(port)));
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        // its own embedded database, even where the external-PostgreSQL settings are in the environment
        env.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE") || name.startsWith("JIANFU_DB"));
        return new PackagedServer(builder.start(), home, output, port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The server's console output and any log file it writes under its home. */
    ServerLog log() {
        return new ServerLog(output, home);
    }

    /** Waits until every demo loader the server announced has finished; fails with the log if it stops first. */
    void awaitDemoData(Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("the packaged server stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            if (demoLoaded(log().text())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo data was not loaded within " + atMost + ":\n" + tail());
    }

    static boolean demoLoaded(String log) {
        Matcher m = LOADING.matcher(log);
        if (!m.find()) {
            return false;
        }
        // a living loader is announced with its periods ("documents.living 2020-01-01…2026-12-02") and
        // reported by name alone
        return Stream.of(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.split(" ")[0])
                .allMatch(loader -> log.contains("演示数据 " + loader + ":"));
    }

    private String tail() {
        String text = log().text();
        return text.substring(Math.max(0, text.length() - 6000));
    }

    /** Stops the server as Ctrl-C would (so it stops its PostgreSQL), then deletes its home. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
