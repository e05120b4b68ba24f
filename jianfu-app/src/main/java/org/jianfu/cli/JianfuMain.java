package org.jianfu.cli;

import picocli.CommandLine;

/** Entry point of the jar and of {@code ./jianfu}. */
public final class JianfuMain {

    private JianfuMain() {
    }

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0 || !JianfuCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }

    /** The log's place is settled once the command is parsed and before it runs (see {@link CliLogging}). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new JianfuCommand());
        // the matcher module's `indicators` knows no database; the product adds what needs one
        cli.getSubcommands().get("indicators").addSubcommand(new ExportConfirmationsCommand());
        cli.setExecutionStrategy(parsed -> {
            CliLogging.of(parsed).apply();
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler(new CliFailure());
        return cli;
    }
}
