package org.jianfu.indicators.matching.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./jianfu indicators …}: 一表通 field matching without starting the server. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "一表通 indicator tools: field-name matching and its benchmark.",
        subcommands = {MatchCommand.class, BenchCommand.class, ExplainCommand.class, FitCommand.class, PerfCommand.class})
public final class IndicatorsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public IndicatorsCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IndicatorsCommand()).execute(args));
    }
}
