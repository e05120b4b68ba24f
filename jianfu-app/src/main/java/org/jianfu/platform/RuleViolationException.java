package org.jianfu.platform;

/** A request that is well formed but breaks a business rule; the message is Chinese and shown as is. */
public class RuleViolationException extends RuntimeException {
    public RuleViolationException(String message) {
        super(message);
    }
}
