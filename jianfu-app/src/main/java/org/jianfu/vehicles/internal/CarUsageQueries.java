package org.jianfu.vehicles.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.vehicles.CarUsage;
import org.jianfu.vehicles.OfficialCars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Usage figures from returned trips; hours are the approved trip times (what the car was booked for). */
@Service
class CarUsageQueries implements OfficialCars {

    /** One car unit's total in a year, for the burden office's overview. */
    record UnitTotal(long unitId, String unitName, String divisionName, long trips, long km, double hours) {
    }

    private final JdbcClient jdbc;
    /** Months and years are counted in the configured zone (the one Clock's), not the database's. */
    private final String zone;

    CarUsageQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone().getId();
    }

    @Override
    public List<CarUsage> monthlyUsage(long unitId, int year) {
        return jdbc.sql("""
                        select extract(month from starts_at at time zone :zone)::int as month, count(*) as trips,
                               coalesce(sum(km), 0) as km,
                               round(sum(extract(epoch from ends_at - starts_at)) / 3600.0, 1) as hours
                        from vehicles.car_request
                        where unit_id = :unit and state = 'RETURNED'
                          and extract(year from starts_at at time zone :zone) = :year
                        group by 1 order by 1""")
                .param("zone", zone).param("unit", unitId).param("year", year)
                .query((rs, n) -> new CarUsage(unitId, YearMonth.of(year, rs.getInt("month")), rs.getLong("trips"),
                        rs.getLong("km"), rs.getDouble("hours")))
                .list();
    }

    /** Every car unit in the division subtree {@code divisionPath} with its yearly totals, busiest first. */
    List<UnitTotal> unitsBelow(String divisionPath, int year, int limit) {
        return jdbc.sql("""
                        select r.unit_id, u.name as unit_name, d.name as division_name, count(*) as trips,
                               coalesce(sum(r.km), 0) as km,
                               round(sum(extract(epoch from r.ends_at - r.starts_at)) / 3600.0, 1) as hours
                        from vehicles.car_request r
                        join organization.unit u on u.id = r.unit_id
                        join organization.division d on d.code = u.division_code
                        where r.state = 'RETURNED' and extract(year from r.starts_at at time zone :zone) = :year
                          and %s
                        group by r.unit_id, u.name, d.name order by km desc limit :limit""".formatted(DivisionPaths.sqlWithin("d.path", "root")))
                .param("zone", zone).param("year", year).param("root", divisionPath)
                .param("rootBelow", DivisionPaths.belowPattern(divisionPath)).param("limit", limit)
                .query((rs, n) -> new UnitTotal(rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("division_name"), rs.getLong("trips"), rs.getLong("km"), rs.getDouble("hours")))
                .list();
    }
}
