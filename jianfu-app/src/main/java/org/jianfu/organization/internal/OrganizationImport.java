package org.jianfu.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.organization.DivisionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Gansu's divisions from the CSV the app ships, generates villages, and creates each
 * division's units, once, on the first start of an empty database. All or nothing: one transaction.
 */
@Component
@Order(0)
class OrganizationImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationImport.class);
    static final String DIVISIONS_CSV = "organization/gansu-divisions.csv";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    OrganizationImport(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (imported()) {
            return;
        }
        List<DivisionRow> divisions = withVillages(readCsv());
        boolean done = Boolean.TRUE.equals(transaction.execute(status -> {
            // two nodes starting together on an empty database: the second waits, then finds it done
            jdbc.execute("select pg_advisory_xact_lock(62001)");
            if (imported()) {
                return false;
            }
            insertDivisions(divisions);
            insertUnits(divisions);
            return true;
        }));
        if (done) {
            log.info("组织机构导入完成: {} 个行政区划", divisions.size());
        }
    }

    private boolean imported() {
        Integer existing = jdbc.queryForObject("select count(*) from organization.division", Integer.class);
        return existing != null && existing > 0;
    }

    record DivisionRow(String code, String name, DivisionLevel level, String parentCode, String path, boolean generated) {
    }

    static List<DivisionRow> readCsv() throws IOException {
        List<DivisionRow> rows = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        var resource = new ClassPathResource(DIVISIONS_CSV);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("code,name,level,parent_code")) {
                throw new IllegalStateException("行政区划文件格式不对: " + DIVISIONS_CSV);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String code = f[0];
                String name = f[1].replace("\"", "");
                String parent = f[3].isEmpty() ? null : f[3];
                String path = parent == null ? code : paths.get(parent) + "." + code;
                paths.put(code, path);
                rows.add(new DivisionRow(code, name, DivisionLevel.valueOf(f[2].toUpperCase()), parent, path, false));
            }
        }
        return rows;
    }

    private static List<DivisionRow> withVillages(List<DivisionRow> divisions) {
        List<DivisionRow> all = new ArrayList<>(divisions);
        for (DivisionRow township : divisions) {
            if (township.level() != DivisionLevel.TOWNSHIP) {
                continue;
            }
            List<String> names = VillageNames.forTownship(township.code(), township.name());
            for (int i = 0; i < names.size(); i++) {
                String code = township.code() + String.format("%03d", i + 1);
                all.add(new DivisionRow(code, names.get(i), DivisionLevel.VILLAGE, township.code(),
                        township.path() + "." + code, true));
            }
        }
        return all;
    }

    private void insertDivisions(List<DivisionRow> divisions) {
        jdbc.batchUpdate("insert into organization.division (code, name, level, parent_code, path, generated) values (?,?,?,?,?,?)",
                divisions, 2000, (ps, d) -> {
                    ps.setString(1, d.code());
                    ps.setString(2, d.name());
                    ps.setString(3, d.level().name());
                    ps.setString(4, d.parentCode());
                    ps.setString(5, d.path());
                    ps.setBoolean(6, d.generated());
                });
    }

    private void insertUnits(List<DivisionRow> divisions) {
        record Row(String divisionCode, UnitCatalog.Planned unit) {
        }
        List<Row> rows = new ArrayList<>();
        for (DivisionRow d : divisions) {
            UnitCatalog.unitsFor(d.level(), d.name()).forEach(u -> rows.add(new Row(d.code(), u)));
        }
        jdbc.batchUpdate("""
                insert into organization.unit (division_code, name, short_name, kind, unit_key, number_prefix, sort_order)
                values (?,?,?,?,?,?,?)""", rows, 2000, (ps, r) -> {
            ps.setString(1, r.divisionCode());
            ps.setString(2, r.unit().name());
            ps.setString(3, r.unit().shortName());
            ps.setString(4, r.unit().kind().name());
            ps.setString(5, r.unit().key());
            ps.setString(6, r.unit().numberPrefix());
            ps.setInt(7, r.unit().order());
        });
    }
}
