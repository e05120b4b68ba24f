package org.jianfu.vehicles.internal;

import org.jianfu.platform.ConflictException;

/**
 * The request collides with the state of things (a vehicle or driver already out, a duplicate request):
 * answered with 409 and a Chinese message, so a phone replaying an offline form shows it to the user.
 */
class BookingConflict extends ConflictException {

    BookingConflict(String message) {
        super("与现有安排冲突", message);
    }
}
