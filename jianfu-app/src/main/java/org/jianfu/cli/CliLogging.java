package org.jianfu.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine.ParseResult;

/**
 * Where a command's log goes. A command's stdout is its answer (other tools read it) and stderr its
 * progress, so the application's log (Spring Boot's start, migrations, Lucene's warnings) goes to
 * {@code <data folder>/logs/jianfu-cli.log}; {@code serve} and {@code --verbose} keep it on the console.
 *
 * @param file the log file, or null when the log stays on the console
 */
record CliLogging(Path file) {

    static final String VERBOSE = "--verbose";
    static final String FILE_NAME = "jianfu-cli.log";

    /** The choice for a parsed command line; the data folder is {@code --data-dir} or {@code <jianfu.home>/data}. */
    static CliLogging of(ParseResult parsed) {
        boolean console = false;
        Path dataDir = Path.of(System.getProperty("jianfu.home", "."), "data");
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            console |= p.hasMatchedOption(VERBOSE) || p.commandSpec().name().equals("serve");
            if (p.hasMatchedOption("--data-dir")) {
                dataDir = p.matchedOptionValue("--data-dir", dataDir);
            }
        }
        return new CliLogging(console ? null : dataDir.resolve("logs").resolve(FILE_NAME).toAbsolutePath());
    }

    boolean toConsole() {
        return file == null;
    }

    /**
     * Sends the log to the file, before anything logs: Logback directly (for commands without Spring
     * and for the lines before Spring's logging starts), java.util.logging through it (Lucene), and
     * Spring Boot's own logging setup through its properties, so it keeps the same choice.
     */
    void apply() {
        if (toConsole()) {
            return;
        }
        System.setProperty("logging.file.name", file.toString());
        System.setProperty("logging.console.enabled", "false");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p [%t] %logger{39} : %m%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
