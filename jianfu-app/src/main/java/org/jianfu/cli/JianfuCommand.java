package org.jianfu.cli;

import org.jianfu.indicators.matching.cli.IndicatorsCommand;
import org.jianfu.reuse.engine.cli.ReuseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ./jianfu}: the server and the tools around it. */
@Command(name = "jianfu", mixinStandardHelpOptions = true, version = "jianfu 0.1",
        description = "减负 Jianfu: 为基层减负 platform — server and tools.",
        subcommands = {ServeCommand.class, DemoDataCommand.class, BackupCommand.class, RestoreCommand.class,
            AuditLogCommand.class, AuditCommand.class, ReportCommand.class, BenchCommand.class, ReuseCommand.class, ReferenceCommand.class,
            IndicatorsCommand.class})
public class JianfuCommand implements Runnable {

    /** Read by {@link CliLogging} from the parsed command line; inherited, so it may follow any subcommand. */
    @Option(names = CliLogging.VERBOSE, scope = ScopeType.INHERIT,
            description = "show the application's log and stack traces on the console (default: data/logs/jianfu-cli.log)")
    boolean verbose;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Only {@code serve} leaves the JVM running after the command returns. */
    public static boolean keepsRunning(String[] args) {
        // the first word that is not an option (--verbose may come before it)
        return java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().filter("serve"::equals).isPresent()
                && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h"));
    }
}
