package org.jianfu.platform;

/** A request parameter out of its sane range (a year, a page size); the message is Chinese and shown as is. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
