package org.jianfu.vehicles.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Car requests in {@code vehicles.car_request}. Names of people and units are joined from the
 * identity and organization tables this schema already references by foreign key.
 */
@Repository
class CarRequests {

    private static final String SELECT = """
            select r.*, u.short_name as unit_name, a.display_name as requester_name,
                   v.plate as vehicle_plate, d.name as driver_name, d.phone as driver_phone
            from vehicles.car_request r
            join organization.unit u on u.id = r.unit_id
            join identity.account a on a.id = r.requester_id
            left join vehicles.vehicle v on v.id = r.vehicle_id
            left join vehicles.driver d on d.id = r.driver_id
            """;

    private final Clock clock;
    private final JdbcClient jdbc;

    CarRequests(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    record NewRow(long unitId, long requesterId, long requesterUnitId, String purpose, Instant startsAt, Instant endsAt,
                  String fromPlace, String toPlace, int passengers, String clientKey) {
    }

    long insert(NewRow row) {
        return jdbc.sql("""
                        insert into vehicles.car_request (unit_id, requester_id, requester_unit_id, purpose, starts_at,
                            ends_at, from_place, to_place, passengers, state, client_key)
                        values (?,?,?,?,?,?,?,?,?,'SUBMITTED',?) returning id""")
                .params(row.unitId(), row.requesterId(), row.requesterUnitId(), row.purpose(),
                        Timestamp.from(row.startsAt()), Timestamp.from(row.endsAt()), row.fromPlace(), row.toPlace(),
                        row.passengers(), row.clientKey())
                .query(Long.class).single();
    }

    Optional<CarRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(CarRequests::map).optional();
    }

    /** Locks the row so two people acting on one request at once are serialised. */
    Optional<CarRequest> findForUpdate(long id) {
        jdbc.sql("select id from vehicles.car_request where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    Optional<Long> byClientKey(String clientKey) {
        return jdbc.sql("select id from vehicles.car_request where client_key = ?").param(clientKey)
                .query(Long.class).optional();
    }

    List<CarRequest> ofRequester(long accountId, int limit) {
        return jdbc.sql(SELECT + " where r.requester_id = ? order by r.created_at desc, r.id desc limit ?")
                .params(accountId, limit).query(CarRequests::map).list();
    }

    List<CarRequest> ofUnit(long unitId, Collection<CarRequestState> states, int limit) {
        return jdbc.sql(SELECT + " where r.unit_id = ? and r.state in (:states) order by r.starts_at, r.id limit ?"
                        .replace(":states", String.join(",", states.stream().map(s -> "'" + s.name() + "'").toList())))
                .params(unitId, limit).query(CarRequests::map).list();
    }

    /** The requester's open requests whose time overlaps [startsAt, endsAt). */
    List<Long> openOverlapping(long requesterId, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                        select id from vehicles.car_request where requester_id = ?
                          and state in ('SUBMITTED', 'APPROVED', 'DISPATCHED')
                          and tstzrange(starts_at, ends_at) && tstzrange(?, ?)""")
                .params(requesterId, Timestamp.from(startsAt), Timestamp.from(endsAt)).query(Long.class).list();
    }

    void decide(long id, CarRequestState state, long accountId, String note) {
        jdbc.sql("update vehicles.car_request set state = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                .params(state.name(), accountId, now(), note, id).update();
    }

    void dispatch(long id, long vehicleId, long driverId, long accountId) {
        jdbc.sql("""
                        update vehicles.car_request set state = 'DISPATCHED', vehicle_id = ?, driver_id = ?,
                            dispatched_by = ?, dispatched_at = ? where id = ?""")
                .params(vehicleId, driverId, accountId, now(), id).update();
    }

    void markReturned(long id, int km) {
        jdbc.sql("update vehicles.car_request set state = 'RETURNED', returned_at = ?, km = ? where id = ?")
                .params(now(), km, id).update();
    }

    void cancel(long id) {
        jdbc.sql("update vehicles.car_request set state = 'CANCELLED' where id = ?").param(id).update();
    }

    private static CarRequest map(ResultSet rs, int row) throws SQLException {
        return new CarRequest(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("requester_id"), rs.getString("requester_name"), rs.getLong("requester_unit_id"),
                rs.getString("purpose"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("from_place"),
                rs.getString("to_place"), rs.getInt("passengers"), CarRequestState.valueOf(rs.getString("state")),
                rs.getString("decision_note"), rs.getObject("vehicle_id", Long.class), rs.getString("vehicle_plate"),
                rs.getObject("driver_id", Long.class), rs.getString("driver_name"), rs.getString("driver_phone"), instant(rs, "returned_at"),
                rs.getObject("km", Integer.class), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
