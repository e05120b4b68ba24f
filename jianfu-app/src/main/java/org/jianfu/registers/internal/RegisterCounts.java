package org.jianfu.registers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianfu.organization.Organization;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.time.Years;
import org.jianfu.registers.DutyCheck;
import org.jianfu.registers.RegisterCount;
import org.jianfu.registers.RegisterKind;
import org.jianfu.registers.Registers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The {@link Registers} facade, also used by the register page for counts vs the base year. */
@Service
public class RegisterCounts implements Registers {


    private final JdbcClient jdbc;
    private final Organization organization;
    private final DutyList duties;

    private final Years years;

    RegisterCounts(JdbcClient jdbc, Organization organization, DutyList duties, Years years) {
        this.years = years;
        this.jdbc = jdbc;
        this.organization = organization;
        this.duties = duties;
    }

    @Override
    public DutyCheck checkDuty(String townshipCode, String task) {
        return duties.check(townshipCode, task);
    }

    @Override
    public List<RegisterCount> countsBelow(String divisionCode, int year) {
        String root = organization.division(divisionCode).map(d -> d.path()).orElse(null);
        if (root == null) {
            return List.of();
        }
        return counts(DivisionPaths.sqlWithin("d.path", "root"), Map.of("root", root, "rootBelow", DivisionPaths.belowPattern(root)), year);
    }

    /** Counts of one unit's own entries. */
    public List<RegisterCount> countsOf(long unitId, int year) {
        return counts("e.owner_unit_id = :unit", Map.of("unit", unitId), year);
    }

    private List<RegisterCount> counts(String where, Map<String, Object> params, int year) {
        Map<String, Long> found = jdbc.sql("""
                        select e.kind || ':' || e.year k, count(*) n from registers.entry e
                        join organization.unit u on u.id = e.owner_unit_id join organization.division d on d.code = u.division_code
                        where e.state = 'APPROVED' and e.year in (:year, :base) and\s""" + where + " group by e.kind, e.year")
                .param("year", year).param("base", years.base()).params(params)
                .query((rs, n) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<RegisterCount> counts = new ArrayList<>();
        for (RegisterKind kind : RegisterKind.values()) {
            counts.add(new RegisterCount(kind, year, found.getOrDefault(kind.name() + ":" + year, 0L).intValue(), years.base(),
                    found.getOrDefault(kind.name() + ":" + years.base(), 0L).intValue()));
        }
        return counts;
    }
}
