package org.jianfu.reuse.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./jianfu reuse …}: the 查重 command line, see shared/contracts/reuse-cli.md. Exit codes: 0 done,
 * 1 nothing done (bad arguments, missing folder, unusable index), 2 done but some files were skipped.
 */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "查重: find text copied from indexed documents.",
        subcommands = {IndexCommand.class, CheckCommand.class})
public final class ReuseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ReuseCommand() {
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: index or check");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReuseCommand()).execute(args));
    }
}
