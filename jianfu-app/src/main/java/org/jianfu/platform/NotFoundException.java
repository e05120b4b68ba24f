package org.jianfu.platform;

/**
 * Thrown when a record does not exist or lies outside the caller's scope: both answer 404,
 * so a probe cannot tell another county's records from missing ones.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
