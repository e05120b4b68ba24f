package org.jianfu.platform;

/**
 * The embedded database's password file is missing or does not match the data folder. The message is
 * one Chinese line that says what to do; the command line prints it instead of a stack trace.
 */
public class EmbeddedDatabasePasswordException extends IllegalStateException {

    public EmbeddedDatabasePasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
