package org.jianfu.platform;

/**
 * A file this process needs (the embedded database, the 查重 index) is held by another Jianfu process,
 * usually a running {@code ./jianfu serve}. The message is one Chinese line that says what to do; the
 * command line prints it instead of a stack trace.
 */
public class HeldByAnotherProcessException extends IllegalStateException {

    public HeldByAnotherProcessException(String message, Throwable cause) {
        super(message, cause);
    }
}
