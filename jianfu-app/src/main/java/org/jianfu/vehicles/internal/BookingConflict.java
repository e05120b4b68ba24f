package org.jianfu.vehicles.internal;

/**
 * The request collides with the state of things (a vehicle or driver already out, a duplicate request):
 * answered with 409 and a Chinese message, so a phone replaying an offline form shows it to the user.
 */
class BookingConflict extends RuntimeException {

    BookingConflict(String message) {
        super(message);
    }
}
