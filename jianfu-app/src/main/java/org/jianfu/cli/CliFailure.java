package org.jianfu.cli;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.platform.EmbeddedDatabasePasswordException;
import org.jianfu.platform.HeldByAnotherProcessException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed: one Chinese line on stderr and a non-zero exit; the stack trace goes to the
 * log (the file, or the console with {@code --verbose}), not in front of the person.
 */
final class CliFailure implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        CliLogging logging = CliLogging.of(parsed);
        LoggerFactory.getLogger(JianfuMain.class).error("命令失败: {}", String.join(" ", parsed.originalArgs()), e);
        System.err.println(line(e, logging));
        return command.getCommandSpec().exitCodeOnExecutionException();
    }

    static String line(Throwable e, CliLogging logging) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof HeldByAnotherProcessException || t instanceof EmbeddedDatabasePasswordException) {
                return t.getMessage();
            }
        }
        Throwable root = chain.getLast();
        String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String where = logging.toConsole() ? "" : "（详情见 " + logging.file() + "，或加 " + CliLogging.VERBOSE + " 重新运行）";
        return "命令失败：" + what.lines().findFirst().orElse(what) + where;
    }
}
