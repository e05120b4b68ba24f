package org.jianfu.platform;

/**
 * The request collides with the current state of things (the form changed meanwhile, the car is already
 * out): answered with 409, the Chinese title and message shown as they are, on pages and in the API.
 */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
