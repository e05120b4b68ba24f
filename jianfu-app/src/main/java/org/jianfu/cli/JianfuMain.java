package org.jianfu.cli;

import picocli.CommandLine;

/** Entry point of the jar and of {@code ./jianfu}. */
public final class JianfuMain {

    private JianfuMain() {
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new JianfuCommand()).execute(args);
        if (exit != 0 || !JianfuCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }
}
