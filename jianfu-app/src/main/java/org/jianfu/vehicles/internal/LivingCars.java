package org.jianfu.vehicles.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 公务用车 from 2020 to the end of next week in the tour counties (the county government offices and
 * the township governments with cars): past trips done (at most one per car and driver a day), trips
 * from today on still waiting for approval or dispatch, so leaders and clerks find them in 待办.
 */
@Component
class LivingCars implements LivingDemoData {

    private final Organization organization;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;

    LivingCars(Organization organization, Accounts accounts, JdbcTemplate jdbc) {
        this.organization = organization;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "vehicles.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public boolean plansAhead() {
        return true;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        Random random = context.random();
        List<Object[]> trips = new ArrayList<>();
        for (String county : DemoContext.TOUR_COUNTIES) {
            List<Unit> units = new ArrayList<>(organization.unitsOf(county).stream()
                    .filter(u -> u.kind() == UnitKind.GOVERNMENT_OFFICE).toList());
            units.addAll(organization.unitsBelow(county, DivisionLevel.TOWNSHIP).stream()
                    .filter(u -> u.kind() == UnitKind.GOVERNMENT).toList());
            for (Unit unit : units) {
                trips.addAll(tripsOf(unit, period, random));
            }
        }
        jdbc.batchUpdate("""
                insert into vehicles.car_request (unit_id, requester_id, requester_unit_id, purpose, starts_at, ends_at,
                    from_place, to_place, passengers, state, vehicle_id, driver_id, km, returned_at, decided_at, created_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", trips);
        return trips.size();
    }

    private List<Object[]> tripsOf(Unit unit, DemoPeriod period, Random random) {
        List<Long> vehicles = jdbc.queryForList("select id from vehicles.vehicle where unit_id = ? order by id", Long.class, unit.id());
        List<Long> drivers = jdbc.queryForList("select id from vehicles.driver where unit_id = ? order by id", Long.class, unit.id());
        List<Account> people = accounts.ofUnit(unit.id()).stream().filter(a -> a.role() != Role.MONITOR).toList();
        List<String> places = organization.children(unit.divisionCode()).stream().map(Division::name).toList();
        List<LocalDate> days = period.workdays();
        if (vehicles.isEmpty() || drivers.isEmpty() || people.isEmpty() || places.isEmpty() || days.isEmpty()) {
            return List.of();
        }
        boolean county = unit.divisionLevel() == DivisionLevel.COUNTY;
        double expected = (county ? 30 : 12) * period.shareOfYear() * (period.recent() ? 3 : 1);
        int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
        Set<String> busy = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = days.get(random.nextInt(days.size()));
            int v = random.nextInt(vehicles.size());
            int d = random.nextInt(drivers.size());
            if (!busy.add("v" + v + ":" + day) | !busy.add("d" + d + ":" + day)) {
                continue; // one trip per vehicle and driver a day keeps the demo free of double bookings
            }
            ZonedDateTime start = day.atTime(8 + random.nextInt(6), 30 * random.nextInt(2)).atZone(CarRequest.CHINA);
            ZonedDateTime end = start.plusHours(1 + random.nextInt(8));
            Account requester = people.get(random.nextInt(people.size()));
            boolean ahead = !day.isBefore(period.today());
            String state = ahead ? (random.nextBoolean() ? "SUBMITTED" : "APPROVED")
                    : random.nextInt(100) < 86 ? "RETURNED" : random.nextBoolean() ? "REJECTED" : "CANCELLED";
            boolean returned = state.equals("RETURNED");
            Timestamp asked = VehiclesDemoData.ts(ahead ? minDays(start, period.today()) : start.minusDays(2));
            rows.add(new Object[] {unit.id(), requester.id(), unit.id(),
                VehiclesDemoData.PURPOSES[random.nextInt(VehiclesDemoData.PURPOSES.length)], VehiclesDemoData.ts(start),
                VehiclesDemoData.ts(end), unit.shortName(), places.get(random.nextInt(places.size())), 1 + random.nextInt(3),
                state, returned ? vehicles.get(v) : null, returned ? drivers.get(d) : null,
                returned ? 8 + random.nextInt(170) : null, returned ? VehiclesDemoData.ts(end) : null,
                state.equals("SUBMITTED") ? null : ahead ? asked : VehiclesDemoData.ts(start.minusDays(1)), asked});
        }
        return rows;
    }

    /** A request for a trip ahead was made in the days before today, not in the future. */
    private static ZonedDateTime minDays(ZonedDateTime start, LocalDate today) {
        ZonedDateTime yesterday = today.minusDays(1).atTime(9, 0).atZone(CarRequest.CHINA);
        return start.minusDays(2).isBefore(yesterday) ? start.minusDays(2) : yesterday;
    }
}
