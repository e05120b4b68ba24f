package org.jianfu.monitoring.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grassroots divisions (townships and villages), read once from the organization facade: how many
 * lie in each subtree (the burden index is a mean per grassroots division) and, copied into
 * {@code monitoring.area}, which unit stands for each, so bulk SQL (demo, benchmark) can join them.
 */
@Component
class GrassrootsAreas {

    private final Organization organization;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private volatile Map<String, Long> countsByAncestor;

    GrassrootsAreas(Organization organization, JdbcClient jdbc, JdbcTemplate template) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.template = template;
    }

    static boolean isGrassroots(Unit unit) {
        return unit.divisionLevel().isGrassroots();
    }

    /** Grassroots divisions in the subtree of {@code code}, itself included. */
    long countIn(String code) {
        return counts().getOrDefault(code, 0L);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = countsByAncestor;
        if (counts == null) {
            counts = new HashMap<>();
            for (String path : representatives().keySet()) {
                for (String code : path.split("\\.")) {
                    counts.merge(code, 1L, Long::sum);
                }
            }
            countsByAncestor = counts;
        }
        return counts;
    }

    /** Fills {@code monitoring.area} if it is empty; returns the number of rows. */
    @Transactional
    long copyAreas() {
        long existing = jdbc.sql("select count(*) from monitoring.area").query(Long.class).single();
        if (existing > 0) {
            return existing;
        }
        Map<String, Unit> units = representatives();
        template.batchUpdate("insert into monitoring.area (code, path, level, unit_id) values (?,?,?,?)",
                units.values(), 5000, (ps, u) -> {
                    ps.setString(1, u.divisionCode());
                    ps.setString(2, u.divisionPath());
                    ps.setString(3, u.divisionLevel().name());
                    ps.setLong(4, u.id());
                });
        return units.size();
    }

    /** Path of each grassroots division → its government or village committee. */
    private Map<String, Unit> representatives() {
        Map<String, Unit> byPath = new LinkedHashMap<>();
        for (DivisionLevel level : new DivisionLevel[] {DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE}) {
            for (Unit u : organization.unitsBelow(organization.root().code(), level)) {
                if (u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.VILLAGE_COMMITTEE) {
                    byPath.putIfAbsent(u.divisionPath(), u);
                }
            }
        }
        return byPath;
    }
}
