package org.jianfu.indicators.internal.requests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.platform.DivisionPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of data requests and their fields. Unscoped: {@link RequestAccess} applies the actor's scope. */
@Repository
public class RequestRepository {

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataRequest> request(long id) {
        return jdbc.sql("select * from indicators.data_request where id = ?").param(id)
                .query(RequestRepository::request).optional();
    }

    public List<DataRequest> requests(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from indicators.data_request where id = any(?) order by sent_at, id")
                .param(ids.toArray(Long[]::new)).query(RequestRepository::request).list();
    }

    /** Requests of one unit, or of every unit in a subtree (burden office), newest first. */
    List<DataRequest> requestsOf(Long unitId, String subtreePath, int limit) {
        return jdbc.sql("""
                        select * from indicators.data_request
                        where (cast(:unit as bigint) is null or requester_unit_id = :unit)
                          and (cast(:path as text) is null or %s)
                        order by created_at desc, id desc limit :limit""".formatted(DivisionPaths.sqlWithin("requester_path", "path")))
                .param("unit", unitId).param("path", subtreePath)
                .param("pathBelow", subtreePath == null ? null : DivisionPaths.belowPattern(subtreePath)).param("limit", limit)
                .query(RequestRepository::request).list();
    }

    long insert(long requesterUnitId, String requesterPath, String requesterName, String title, String purpose,
                String targetCode, String targetPath, DivisionLevel level, Indicator.Period period, YearMonth month,
                java.time.LocalDate deadline, Long draftedBy) {
        return jdbc.sql("""
                        insert into indicators.data_request (requester_unit_id, requester_path, requester_name, title, purpose,
                            target_division_code, target_path, target_level, period, form_month, deadline, status, drafted_by)
                        values (?,?,?,?,?,?,?,?,?,?,?,'DRAFT',?) returning id""")
                .params(requesterUnitId, requesterPath, requesterName, title, purpose, targetCode, targetPath, level.name(),
                        period.name(), month.atDay(1), deadline, draftedBy)
                .query(Long.class).single();
    }

    public List<RequestField> fields(long requestId) {
        return jdbc.sql("select * from indicators.request_field where request_id = ? order by position, id")
                .param(requestId).query(RequestRepository::field).list();
    }

    public List<RequestField> fieldsOf(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from indicators.request_field where request_id = any(?) order by request_id, position, id")
                .param(requestIds.toArray(Long[]::new)).query(RequestRepository::field).list();
    }

    long insertField(long requestId, NewField f, Long indicatorId) {
        return jdbc.sql("""
                        insert into indicators.request_field (request_id, position, name, unit_of_measure, period, data_type,
                            required, min_value, max_value, indicator_id)
                        values (:r, (select coalesce(max(position), 0) + 1 from indicators.request_field where request_id = :r),
                                :name, :unit, :period, :type, :required, :min, :max, :indicator) returning id""")
                .param("r", requestId).param("name", f.name().strip())
                .param("unit", f.unitOfMeasure() == null ? "" : f.unitOfMeasure().strip())
                .param("period", f.periodValue().name()).param("type", f.typeValue().name())
                .param("required", f.required() == null || f.required())
                .param("min", f.minValue()).param("max", f.maxValue()).param("indicator", indicatorId)
                .query(Long.class).single();
    }

    void deleteField(long requestId, long fieldId) {
        jdbc.sql("delete from indicators.request_field where id = ? and request_id = ?").params(fieldId, requestId).update();
    }

    void setReuse(long fieldId, boolean reused, String matchKey) {
        jdbc.sql("update indicators.request_field set reused = ?, match_key = ? where id = ?")
                .params(reused, matchKey, fieldId).update();
    }

    void setMatchKey(long fieldId, String matchKey) {
        jdbc.sql("update indicators.request_field set match_key = ? where id = ?").params(matchKey, fieldId).update();
    }

    void setStatus(long id, RequestStatus status) {
        jdbc.sql("update indicators.data_request set status = ? where id = ?").params(status.name(), id).update();
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    static DataRequest request(ResultSet rs, int row) throws SQLException {
        return new DataRequest(rs.getLong("id"), rs.getLong("requester_unit_id"), rs.getString("requester_path"),
                rs.getString("requester_name"), rs.getString("title"), rs.getString("purpose"),
                rs.getString("target_division_code"), rs.getString("target_path"),
                DivisionLevel.valueOf(rs.getString("target_level")), Indicator.Period.valueOf(rs.getString("period")),
                YearMonth.from(rs.getDate("form_month").toLocalDate()), rs.getDate("deadline").toLocalDate(),
                RequestStatus.valueOf(rs.getString("status")), rs.getString("gate_reason"), rs.getString("explanation"),
                rs.getString("return_note"), instant(rs.getTimestamp("reminded_at")), instant(rs.getTimestamp("sent_at")),
                rs.getObject("drafted_by", Long.class));
    }

    static RequestField field(ResultSet rs, int row) throws SQLException {
        long indicator = rs.getLong("indicator_id");
        Long indicatorId = rs.wasNull() ? null : indicator;
        return new RequestField(rs.getLong("id"), rs.getLong("request_id"), rs.getInt("position"), rs.getString("name"),
                rs.getString("unit_of_measure"), Indicator.Period.valueOf(rs.getString("period")),
                Indicator.DataType.valueOf(rs.getString("data_type")), rs.getBoolean("required"),
                strip(rs.getBigDecimal("min_value")), strip(rs.getBigDecimal("max_value")), indicatorId,
                rs.getString("match_key"), rs.getBoolean("reused"));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
