package org.jianfu.vehicles.internal;

import java.time.YearMonth;
import java.util.List;
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

    CarUsageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CarUsage> monthlyUsage(long unitId, int year) {
        return jdbc.sql("""
                        select extract(month from starts_at at time zone 'Asia/Shanghai')::int as month, count(*) as trips,
                               coalesce(sum(km), 0) as km,
                               round(sum(extract(epoch from ends_at - starts_at)) / 3600.0, 1) as hours
                        from vehicles.car_request
                        where unit_id = ? and state = 'RETURNED'
                          and extract(year from starts_at at time zone 'Asia/Shanghai') = ?
                        group by 1 order by 1""")
                .params(unitId, year)
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
                        where r.state = 'RETURNED' and extract(year from r.starts_at at time zone 'Asia/Shanghai') = ?
                          and (d.path = ? or d.path like ? || '.%')
                        group by r.unit_id, u.name, d.name order by km desc limit ?""")
                .params(year, divisionPath, divisionPath, limit)
                .query((rs, n) -> new UnitTotal(rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("division_name"), rs.getLong("trips"), rs.getLong("km"), rs.getDouble("hours")))
                .list();
    }
}
