package org.jianfu.vehicles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Future days for test trips. Each test uses its own day offsets, so tests never compete for a car;
 * the base moves by whole hundreds of days per test run, so a second run on a kept database
 * (the external PostgreSQL) does not find the first run's requests on the same days.
 */
final class TripDays {

    private static final int BASE = 100 * (1 + ThreadLocalRandom.current().nextInt(400));

    private TripDays() {
    }

    static LocalDate day(int offset) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(BASE + offset);
    }
}
