package org.jianfu.vehicles.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A unit's vehicles and drivers, and which of them are already out at a given time. */
@Repository
class Fleet {

    record Vehicle(long id, long unitId, String plate, String model, int seats) {
    }

    record Driver(long id, long unitId, String name, String phone) {
    }

    /** Who or what is already booked for an overlapping trip: the trip's id and time. */
    record Booking(long requestId, Instant startsAt, Instant endsAt) {
    }

    private final JdbcClient jdbc;

    Fleet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Vehicle> vehicles(long unitId) {
        return jdbc.sql("select id, unit_id, plate, model, seats from vehicles.vehicle where unit_id = ? and active order by plate")
                .param(unitId).query(Vehicle.class).list();
    }

    List<Driver> drivers(long unitId) {
        return jdbc.sql("select id, unit_id, name, phone from vehicles.driver where unit_id = ? and active order by name")
                .param(unitId).query(Driver.class).list();
    }

    /** The unit's vehicles with no dispatched or returned trip overlapping the time: what a clerk may dispatch. */
    List<Vehicle> freeVehicles(long unitId, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                        select v.id, v.unit_id, v.plate, v.model, v.seats from vehicles.vehicle v
                        where v.unit_id = ? and v.active and not exists (select 1 from vehicles.car_request r
                            where r.vehicle_id = v.id and r.state in ('DISPATCHED', 'RETURNED')
                              and tstzrange(r.starts_at, r.ends_at) && tstzrange(?, ?))
                        order by v.plate""")
                .params(unitId, Timestamp.from(startsAt), Timestamp.from(endsAt)).query(Vehicle.class).list();
    }

    /** The unit's drivers free for the time, as {@link #freeVehicles}. */
    List<Driver> freeDrivers(long unitId, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                        select d.id, d.unit_id, d.name, d.phone from vehicles.driver d
                        where d.unit_id = ? and d.active and not exists (select 1 from vehicles.car_request r
                            where r.driver_id = d.id and r.state in ('DISPATCHED', 'RETURNED')
                              and tstzrange(r.starts_at, r.ends_at) && tstzrange(?, ?))
                        order by d.name""")
                .params(unitId, Timestamp.from(startsAt), Timestamp.from(endsAt)).query(Driver.class).list();
    }

    Optional<Vehicle> vehicle(long id) {
        return jdbc.sql("select id, unit_id, plate, model, seats from vehicles.vehicle where id = ? and active")
                .param(id).query(Vehicle.class).optional();
    }

    Optional<Driver> driver(long id) {
        return jdbc.sql("select id, unit_id, name, phone from vehicles.driver where id = ? and active")
                .param(id).query(Driver.class).optional();
    }

    /** A dispatched or returned trip of this vehicle (column {@code vehicle_id}) or driver overlapping the time. */
    Optional<Booking> overlapping(String column, long id, Instant startsAt, Instant endsAt) {
        if (!column.equals("vehicle_id") && !column.equals("driver_id")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select id as request_id, starts_at, ends_at from vehicles.car_request where " + column + " = ?"
                        + " and state in ('DISPATCHED', 'RETURNED') and tstzrange(starts_at, ends_at) && tstzrange(?, ?) limit 1")
                .params(id, Timestamp.from(startsAt), Timestamp.from(endsAt))
                .query((rs, n) -> new Booking(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    long addVehicle(long unitId, String plate, String model, int seats) {
        return jdbc.sql("insert into vehicles.vehicle (unit_id, plate, model, seats) values (?,?,?,?) returning id")
                .params(unitId, plate, model, seats).query(Long.class).single();
    }

    long addDriver(long unitId, String name, String phone) {
        return jdbc.sql("insert into vehicles.driver (unit_id, name, phone) values (?,?,?) returning id")
                .params(unitId, name, phone).query(Long.class).single();
    }

    /** Takes a vehicle or driver out of service; its past trips stay as they were. */
    boolean retire(String table, long id, long unitId) {
        if (!table.equals("vehicle") && !table.equals("driver")) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("update vehicles." + table + " set active = false where id = ? and unit_id = ?")
                .params(id, unitId).update() == 1;
    }

    boolean plateTaken(String plate) {
        return jdbc.sql("select count(*) from vehicles.vehicle where plate = ?").param(plate).query(Long.class).single() > 0;
    }
}
