package org.jianfu.cli;

import org.jianfu.indicators.matching.cli.IndicatorsCommand;
import org.jianfu.reuse.engine.cli.ReuseCommand;
import picocli.CommandLine.Command;

/** {@code ./jianfu}: the server and the tools around it. */
@Command(name = "jianfu", mixinStandardHelpOptions = true, version = "jianfu 0.1",
        description = "减负 Jianfu: 为基层减负 platform — server and tools.",
        subcommands = {ServeCommand.class, DemoDataCommand.class, BackupCommand.class, RestoreCommand.class,
            AuditLogCommand.class, AuditCommand.class, ReportCommand.class, BenchCommand.class, ReuseCommand.class,
            IndicatorsCommand.class})
public class JianfuCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Only {@code serve} leaves the JVM running after the command returns. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve")
                && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h"));
    }
}
