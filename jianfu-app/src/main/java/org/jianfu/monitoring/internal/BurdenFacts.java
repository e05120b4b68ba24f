package org.jianfu.monitoring.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jianfu.organization.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every source listener hands its facts: records them once per source record and adds them to
 * the monthly rollups of the receiving division and each division above it, in one transaction.
 * Rollup rows are upserted in key order so concurrent listeners cannot deadlock.
 */
@Service
public class BurdenFacts {

    static final ZoneId BEIJING = org.jianfu.platform.time.ChinaTime.ZONE;

    /** One record of some kind landing on one unit. Non-grassroots recipients are ignored. */
    public record Landing(Unit unit, BurdenKind kind, int count, double measure) {
    }

    /** The record the facts come from; {@code issuer} and {@code issuedKind} count it once for the sender. */
    public record Source(String source, String sourceId, LocalDate month, Unit issuer, BurdenKind issuedKind) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BurdenFacts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public static LocalDate monthOf(Instant at) {
        return LocalDate.ofInstant(at, BEIJING).withDayOfMonth(1);
    }

    /** Returns false if this source record was recorded before (a redelivered event). */
    @Transactional
    public boolean record(Source source, List<Landing> landings) {
        int fresh = jdbc.sql("insert into monitoring.source_record (source, source_id) values (?, ?) on conflict do nothing")
                .params(source.source(), source.sourceId()).update();
        if (fresh == 0) {
            return false;
        }
        List<Landing> grassroots = landings.stream().filter(l -> GrassrootsAreas.isGrassroots(l.unit())).toList();
        template.batchUpdate("""
                insert into monitoring.burden_fact (source, source_id, kind, unit_id, division_path, month, count, measure, issuer_unit_id)
                values (?,?,?,?,?,?,?,?,?)""", grassroots, 1000, (ps, l) -> {
            ps.setString(1, source.source());
            ps.setString(2, source.sourceId());
            ps.setString(3, l.kind().name());
            ps.setLong(4, l.unit().id());
            ps.setString(5, l.unit().divisionPath());
            ps.setObject(6, source.month());
            ps.setInt(7, l.count());
            ps.setDouble(8, l.measure());
            ps.setObject(9, source.issuer() == null ? null : source.issuer().id());
        });
        Map<String, Amount> deltas = new TreeMap<>();
        for (Landing l : grassroots) {
            String[] codes = l.unit().divisionPath().split("\\.");
            Amount amount = new Amount(l.count(), l.measure());
            for (String code : codes) {
                deltas.merge(code + "|false|" + l.kind().name(), amount, Amount::plus);
            }
            deltas.merge(codes[codes.length - 1] + "|true|" + l.kind().name(), amount, Amount::plus);
        }
        template.batchUpdate("""
                insert into monitoring.received_month (division_code, own, month, kind, count, measure) values (?,?,?,?,?,?)
                on conflict (division_code, own, month, kind) do update
                set count = received_month.count + excluded.count, measure = received_month.measure + excluded.measure""",
                List.copyOf(deltas.entrySet()), 1000, (ps, e) -> {
                    String[] k = e.getKey().split("\\|");
                    ps.setString(1, k[0]);
                    ps.setBoolean(2, Boolean.parseBoolean(k[1]));
                    ps.setObject(3, source.month());
                    ps.setString(4, k[2]);
                    ps.setLong(5, e.getValue().count());
                    ps.setDouble(6, e.getValue().measure());
                });
        if (source.issuer() != null && source.issuedKind() != null) {
            jdbc.sql("""
                            insert into monitoring.issued_month (unit_id, division_path, month, kind, count) values (?,?,?,?,1)
                            on conflict (unit_id, month, kind) do update set count = issued_month.count + 1""")
                    .params(source.issuer().id(), source.issuer().divisionPath(), source.month(), source.issuedKind().name())
                    .update();
        }
        return true;
    }

    /** A 查重 result of one document of an issuing unit; a document checked again is counted once. */
    @Transactional
    public boolean recordCopyCheck(long documentId, Unit issuer, LocalDate month, boolean copied) {
        int fresh = jdbc.sql("insert into monitoring.source_record (source, source_id) values ('reuse', ?) on conflict do nothing")
                .param(String.valueOf(documentId)).update();
        if (fresh == 0) {
            return false;
        }
        jdbc.sql("""
                        insert into monitoring.copy_check_month (unit_id, division_path, month, checked, copied) values (?,?,?,1,?)
                        on conflict (unit_id, month) do update
                        set checked = copy_check_month.checked + 1, copied = copy_check_month.copied + excluded.copied""")
                .params(issuer.id(), issuer.divisionPath(), month, copied ? 1 : 0).update();
        return true;
    }
}
