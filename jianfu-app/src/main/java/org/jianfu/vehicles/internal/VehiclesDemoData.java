package org.jianfu.vehicles.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
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
 * Demo 公务用车 for 2019: every county government office has a small fleet; the township governments of
 * 兰州 and of the three "computer + phone" prefectures (金昌, 张掖, 平凉) have one or two cars. Trips are
 * spread over the year (at most one per vehicle and driver a day, so never double-booked), all of them
 * done. The years after and the requests still waiting for approval or dispatch are {@link LivingCars}'.
 */
@Component
class VehiclesDemoData implements DemoData {

    private static final List<String> PHONE_PREFECTURES = List.of("6201", "6203", "6207", "6208");
    private static final Map<String, String> PLATE_LETTERS = Map.ofEntries(Map.entry("6201", "A"), Map.entry("6202", "B"),
            Map.entry("6203", "C"), Map.entry("6204", "D"), Map.entry("6205", "E"), Map.entry("6206", "H"),
            Map.entry("6207", "G"), Map.entry("6208", "L"), Map.entry("6209", "F"), Map.entry("6210", "M"),
            Map.entry("6211", "J"), Map.entry("6212", "K"), Map.entry("6229", "N"), Map.entry("6230", "P"));
    static final String[] PURPOSES = {"下村核查灾情", "入户走访脱贫户", "参加县上工作会议", "护送防汛物资",
        "人居环境整治检查", "调解土地纠纷", "送医疗队下乡", "森林防火巡查", "慰问困难群众", "陪同项目现场踏勘"};
    private static final String[] MODELS = {"大众桑塔纳", "丰田普拉多", "长城哈弗H6", "江铃全顺", "比亚迪秦"};

    private final Organization organization;
    private final Accounts accounts;
    private final Fleet fleet;
    private final JdbcTemplate jdbc;
    private int plateSequence;

    VehiclesDemoData(Organization organization, Accounts accounts, Fleet fleet, JdbcTemplate jdbc) {
        this.organization = organization;
        this.accounts = accounts;
        this.fleet = fleet;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "vehicles.official-cars-2019";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context) {
        List<Unit> carUnits = new ArrayList<>(organization.unitsBelow(organization.root().code(), DivisionLevel.COUNTY).stream()
                .filter(u -> u.kind() == UnitKind.GOVERNMENT_OFFICE).toList());
        for (String prefecture : PHONE_PREFECTURES) {
            carUnits.addAll(organization.unitsBelow(prefecture, DivisionLevel.TOWNSHIP).stream()
                    .filter(u -> u.kind() == UnitKind.GOVERNMENT).toList());
        }
        List<Object[]> trips = new ArrayList<>();
        for (Unit unit : carUnits) {
            trips.addAll(tripsOf(unit, context));
            context.advance(1);
        }
        jdbc.batchUpdate("""
                insert into vehicles.car_request (unit_id, requester_id, requester_unit_id, purpose, starts_at, ends_at,
                    from_place, to_place, passengers, state, vehicle_id, driver_id, km, returned_at, decided_at, created_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", trips);
        return trips.size() + carUnits.size();
    }

    @Override
    public long expectedSteps() {
        return 400;
    }

    private List<Object[]> tripsOf(Unit unit, DemoContext context) {
        Random random = context.random();
        boolean county = unit.divisionLevel() == DivisionLevel.COUNTY;
        int cars = county ? 3 : 1 + random.nextInt(2);
        List<Long> vehicles = new ArrayList<>();
        List<Long> drivers = new ArrayList<>();
        for (int i = 0; i < cars; i++) {
            String plate = "甘" + PLATE_LETTERS.getOrDefault(unit.divisionCode().substring(0, 4), "A") + "·G" + String.format("%04d", ++plateSequence);
            vehicles.add(fleet.addVehicle(unit.id(), plate, MODELS[random.nextInt(MODELS.length)], 5 + (i == 2 ? 9 : 2 * random.nextInt(2))));
            drivers.add(fleet.addDriver(unit.id(), DriverNames.next(random), "139" + String.format("%08d", random.nextInt(100_000_000))));
        }
        List<Account> people = accounts.ofUnit(unit.id()).stream().filter(a -> a.role() != Role.MONITOR).toList();
        List<String> places = organization.children(unit.divisionCode()).stream().map(Division::name).toList();
        if (people.isEmpty() || places.isEmpty()) {
            return List.of();
        }
        int count = Math.max(2, (int) Math.round((county ? 60 : 24) * context.scale()));
        Set<String> busy = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int day = 1 + random.nextInt(364);
            int v = random.nextInt(cars);
            int d = random.nextInt(cars);
            if (!busy.add("v" + v + ":" + day) | !busy.add("d" + d + ":" + day)) {
                continue; // one trip per vehicle and driver a day keeps the demo free of double bookings
            }
            ZonedDateTime start = LocalDate.ofYearDay(context.seedYear(), day).atTime(8 + random.nextInt(6), 30 * random.nextInt(2))
                    .atZone(CarRequest.CHINA);
            ZonedDateTime end = start.plusHours(1 + random.nextInt(8));
            Account requester = people.get(random.nextInt(people.size()));
            String state = random.nextInt(100) < 86 ? "RETURNED" : random.nextBoolean() ? "REJECTED" : "CANCELLED";
            boolean returned = state.equals("RETURNED");
            rows.add(new Object[] {unit.id(), requester.id(), unit.id(), PURPOSES[random.nextInt(PURPOSES.length)],
                ts(start), ts(end), unit.shortName(), places.get(random.nextInt(places.size())), 1 + random.nextInt(3), state,
                returned ? vehicles.get(v) : null, returned ? drivers.get(d) : null, returned ? 8 + random.nextInt(170) : null,
                returned ? ts(end) : null, state.equals("SUBMITTED") ? null : ts(start.minusDays(1)), ts(start.minusDays(2))});
        }
        return rows;
    }

    static Timestamp ts(ZonedDateTime time) {
        return Timestamp.from(time.toInstant());
    }

    /** Drivers get names of their own; the account names belong to the identity module. */
    static final class DriverNames {
        private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高罗";
        private static final String GIVEN = "建军永强海军国平志刚建平长青兴旺学文保国";

        static String next(Random random) {
            return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()));
        }
    }
}
