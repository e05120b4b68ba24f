package org.jianfu.vehicles.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One car request with its approval, dispatch and return, as stored. */
record CarRequest(long id, long unitId, String unitName, long requesterId, String requesterName, long requesterUnitId,
                  String purpose, Instant startsAt, Instant endsAt, String fromPlace, String toPlace, int passengers,
                  CarRequestState state, String decisionNote, Long vehicleId, String vehiclePlate, Long driverId,
                  String driverName, String driverPhone, Instant returnedAt, Integer km, Instant createdAt) {

    static final ZoneId CHINA = org.jianfu.platform.time.ChinaTime.ZONE;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(CHINA);

    /** "2019-03-05 08:30–12:00", or both dates when the trip spans days. */
    public String period() {
        boolean sameDay = startsAt.atZone(CHINA).toLocalDate().equals(endsAt.atZone(CHINA).toLocalDate());
        return DAY_TIME.format(startsAt) + "–" + (sameDay ? TIME.format(endsAt) : DAY_TIME.format(endsAt));
    }

    public String route() {
        return fromPlace + " → " + toPlace;
    }

    public double hours() {
        return Math.round((endsAt.getEpochSecond() - startsAt.getEpochSecond()) / 360.0) / 10.0;
    }
}
