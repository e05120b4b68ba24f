package org.jianfu.indicators.internal.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jianfu.indicators.matching.Tier;
import org.jianfu.platform.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code indicators.match_confirmation}. Unscoped: {@link RequestAccess} applies the actor's scope. */
@Repository
class ConfirmationRepository {

    private final JdbcClient jdbc;

    ConfirmationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Confirmation> ofRequest(long requestId) {
        return jdbc.sql("select * from indicators.match_confirmation where request_id = ? order by id")
                .param(requestId).query(ConfirmationRepository::row).list();
    }

    /** Every answer ever given, oldest first (also those whose draft or field was deleted since). */
    List<Confirmation> all() {
        return jdbc.sql("select * from indicators.match_confirmation order by answered_at, id")
                .query(ConfirmationRepository::row).list();
    }

    /** Stores the answer; a later answer about the same pair of the same field replaces the earlier one. */
    void save(DataRequest request, RequestField field, Duplicate asked, boolean same, String reason, Actor actor,
              Instant now) {
        jdbc.sql("""
                        insert into indicators.match_confirmation (request_id, field_id, field_name, matched_name, matched_key,
                            matched_collector, matched_form, tier, score, same, reason, answered_by, answered_by_name,
                            answered_unit_id, answered_at)
                        values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                        on conflict (field_id, matched_name) do update set matched_key = excluded.matched_key,
                            matched_collector = excluded.matched_collector, matched_form = excluded.matched_form,
                            tier = excluded.tier, score = excluded.score, same = excluded.same, reason = excluded.reason,
                            answered_by = excluded.answered_by, answered_by_name = excluded.answered_by_name,
                            answered_unit_id = excluded.answered_unit_id, answered_at = excluded.answered_at""")
                .params(request.id(), field.id(), field.label(), asked.field(), asked.matchKey(), asked.collector(),
                        asked.requestTitle(), asked.tier().name(),
                        BigDecimal.valueOf(asked.score()).setScale(4, RoundingMode.HALF_UP), same, reason,
                        actor.accountId(), actor.displayName(), actor.unitId(), Timestamp.from(now))
                .update();
    }

    private static Confirmation row(ResultSet rs, int n) throws SQLException {
        return new Confirmation(rs.getLong("id"), rs.getObject("request_id", Long.class), rs.getObject("field_id", Long.class),
                rs.getString("field_name"), rs.getString("matched_name"), rs.getString("matched_key"),
                rs.getString("matched_collector"), rs.getString("matched_form"), Tier.valueOf(rs.getString("tier")),
                rs.getBigDecimal("score").doubleValue(), rs.getBoolean("same"), rs.getString("reason"),
                rs.getLong("answered_by"), rs.getString("answered_by_name"), rs.getTimestamp("answered_at").toInstant());
    }
}
