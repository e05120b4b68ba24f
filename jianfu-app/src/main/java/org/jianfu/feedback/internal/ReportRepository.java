package org.jianfu.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jianfu.feedback.FeedbackCategory;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback tables; names of official units and areas come from the organization facade. */
@Repository
class ReportRepository {

    private static final String SELECT = """
            select r.*, exists (select 1 from feedback.attachment a where a.report_id = r.id) has_attachment
            from feedback.report r
            """;

    private final JdbcClient jdbc;
    private final Organization organization;

    ReportRepository(JdbcClient jdbc, Organization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    void insert(UUID id, String publicCode, String secretHash, FeedbackCategory category, Unit causingUnit,
                String officeDivisionCode, String authorAreaCode, LocalDate week, String body) {
        jdbc.sql("""
                        insert into feedback.report (id, public_code, secret_hash, category, causing_unit_id, causing_unit_path,
                            office_division_code, author_area_code, reported_week, body, status)
                        values (?,?,?,?,?,?,?,?,?,?,'SUBMITTED')""")
                .params(id, publicCode, secretHash, category.name(), causingUnit.id(), causingUnit.divisionPath(),
                        officeDivisionCode, authorAreaCode, week, body).update();
    }

    void insertAttachment(UUID reportId, AttachmentImage image) {
        jdbc.sql("insert into feedback.attachment (report_id, media_type, content) values (?,?,?)")
                .params(reportId, image.mediaType(), image.content()).update();
    }

    Optional<AttachmentImage> attachment(UUID reportId) {
        return jdbc.sql("select media_type, content from feedback.attachment where report_id = ?").param(reportId)
                .query((rs, n) -> new AttachmentImage(rs.getString(1), rs.getBytes(2))).optional();
    }

    Optional<Report> byId(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(ReportRepository::report).optional().map(this::named);
    }

    /** The report and its secret hash, for the author's follow-up. */
    Optional<Locked> byPublicCode(String publicCode) {
        return jdbc.sql(SELECT + " where r.public_code = ?").param(publicCode)
                .query((rs, n) -> new Locked(report(rs, n), rs.getString("secret_hash"))).optional()
                .map(l -> new Locked(named(l.report()), l.secretHash()));
    }

    record Locked(Report report, String secretHash) {
    }

    /** Reports about units in the subtree of {@code root}, newest week first. */
    List<Report> inSubtree(String root, ReportStatus status, int limit) {
        return jdbc.sql(SELECT + """
                         where %s
                           and (cast(:status as text) is null or r.status = :status)
                         order by r.reported_week desc, r.public_code limit :limit""".formatted(DivisionPaths.sqlWithin("r.causing_unit_path", "root")))
                .param("root", root).param("rootBelow", DivisionPaths.belowPattern(root))
                .param("status", status == null ? null : status.name()).param("limit", limit)
                .query(ReportRepository::report).list().stream().map(this::named).toList();
    }

    List<Report> ofCausingUnit(long unitId, ReportStatus status) {
        return jdbc.sql(SELECT + " where r.causing_unit_id = ? and r.status = ? order by r.reported_week")
                .params(unitId, status.name()).query(ReportRepository::report).list().stream().map(this::named).toList();
    }

    List<Report> forOffice(String officeDivisionCode, ReportStatus status) {
        return jdbc.sql(SELECT + " where r.office_division_code = ? and r.status = ? order by r.reported_week")
                .params(officeDivisionCode, status.name()).query(ReportRepository::report).list().stream().map(this::named).toList();
    }

    void move(UUID id, ReportStatus status, String result, LocalDate closedWeek) {
        jdbc.sql("update feedback.report set status = ?, result = coalesce(?, result), closed_week = coalesce(?, closed_week) where id = ?")
                .params(status.name(), result, closedWeek, id).update();
    }

    void addEntry(UUID reportId, String kind, Long unitId, String body, LocalDate week) {
        jdbc.sql("""
                        insert into feedback.entry (id, report_id, kind, unit_id, body, entry_week, seq)
                        values (?,?,?,?,?,?, (select coalesce(max(seq), 0) + 1 from feedback.entry where report_id = ?))""")
                .params(UUID.randomUUID(), reportId, kind, unitId, body, week, reportId).update();
    }

    List<ReportEntry> entries(UUID reportId) {
        return jdbc.sql("""
                        select kind, unit_id, body, entry_week from feedback.entry where report_id = ? order by seq""")
                .param(reportId)
                .query((rs, n) -> {
                    long unitId = rs.getLong(2);
                    String unitName = rs.wasNull() ? null : organization.unit(unitId).map(Unit::name).orElse("");
                    return new ReportEntry(rs.getString(1), unitName, rs.getString(3), rs.getObject(4, LocalDate.class));
                }).list();
    }

    private Report named(Report r) {
        return new Report(r.id(), r.publicCode(), r.category(), r.causingUnitId(),
                organization.unit(r.causingUnitId()).map(Unit::name).orElse(""), r.causingUnitPath(),
                r.officeDivisionCode(), r.authorAreaCode(),
                organization.division(r.authorAreaCode()).map(Division::name).orElse(""), r.reportedWeek(), r.body(),
                r.status(), r.result(), r.closedWeek(), r.hasAttachment());
    }

    static Report report(ResultSet rs, int row) throws SQLException {
        return new Report(rs.getObject("id", UUID.class), rs.getString("public_code"),
                FeedbackCategory.valueOf(rs.getString("category")), rs.getLong("causing_unit_id"),
                null, rs.getString("causing_unit_path"), rs.getString("office_division_code"),
                rs.getString("author_area_code"), null,
                rs.getObject("reported_week", LocalDate.class), rs.getString("body"),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("result"),
                rs.getObject("closed_week", LocalDate.class), rs.getBoolean("has_attachment"));
    }
}
