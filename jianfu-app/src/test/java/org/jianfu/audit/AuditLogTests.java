package org.jianfu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

@JianfuTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private final Actor clerk = new Actor(1, "620102.gov-office.clerk", "测试", Role.CLERK, 1, "城关区政府办公室",
            "620102", "62.6201.620102");

    @Test
    void anIntactLogVerifies() {
        audit.record(clerk, "印发公文", "document:1", "城政办发〔2019〕1号");
        audit.recordAnonymous("nobody", "登录失败", "account:nobody", "");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void updatesAndDeletesAreRefusedByTheDatabase() {
        audit.record(clerk, "签发", "document:2", "");
        assertThatThrownBy(() -> jdbc.sql("update audit.entry set details = 'x'").update())
                .hasMessageContaining("审计日志只能追加");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry").update())
                .hasMessageContaining("审计日志只能追加");
    }

    @Test
    void anEntryEditedWithSqlIsFoundAndSoIsADeletedOne() {
        audit.record(clerk, "签发", "document:3", "原文");
        audit.record(clerk, "印发", "document:3", "");
        audit.record(clerk, "收回", "document:3", "");
        long edited = jdbc.sql("select max(seq) - 2 from audit.entry").query(Long.class).single();
        tamper("update audit.entry set details = '篡改' where seq = " + edited);
        assertThat(audit.verify()).extracting(AuditLog.AuditBreak::seq).contains(edited);
        tamper("update audit.entry set details = '原文' where seq = " + edited);
        assertThat(audit.verify()).isEmpty();

        String deleted = jdbc.sql("select row_to_json(e)::text from audit.entry e where seq = ?").param(edited + 1)
                .query(String.class).single();
        tamper("delete from audit.entry where seq = " + (edited + 1));
        assertThat(audit.verify()).extracting(AuditLog.AuditBreak::reason).anyMatch(r -> r.contains("删除"));
        tamper("insert into audit.entry select * from json_populate_record(null::audit.entry, '" + deleted + "')");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsFound() throws Exception {
        audit.record(clerk, "签发", "document:4", "原文");
        audit.record(clerk, "印发", "document:4", "");
        long edited = jdbc.sql("select max(seq) - 1 from audit.entry").query(Long.class).single();
        String original = rowJson(edited);
        String next = rowJson(edited + 1);

        // an attacker who knows the format but not the key: plain SHA-256 links from the edit on
        String prev = jdbc.sql("select prev_hash from audit.entry where seq = ?").param(edited).query(String.class).single();
        tamper("update audit.entry set details = '篡改', keyed = false where seq = " + edited);
        String editedHash = plainLink(edited, prev);
        tamper("update audit.entry set hash = '" + editedHash + "' where seq = " + edited);
        tamper("update audit.entry set prev_hash = '" + editedHash + "', keyed = false, hash = '" + plainLink(edited + 1, editedHash)
                + "' where seq = " + (edited + 1));
        assertThat(audit.verify()).extracting(AuditLog.AuditBreak::seq).contains(edited, edited + 1);

        // the same with a guessed key, keeping the rows marked keyed
        tamper("update audit.entry set keyed = true where seq in (" + edited + ", " + (edited + 1) + ")");
        assertThat(audit.verify()).extracting(AuditLog.AuditBreak::reason).anyMatch(r -> r.contains("已被修改"));

        restore(edited, original);
        restore(edited + 1, next);
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void deletedNewestEntriesAreFoundByTheCheckpointWrittenOutsideTheDatabase() {
        audit.record(clerk, "签发", "document:5", "");
        audit.record(clerk, "印发", "document:5", "");
        audit.checkpoint();
        long newest = jdbc.sql("select max(seq) from audit.entry").query(Long.class).single();
        String last = rowJson(newest);
        String beforeLast = rowJson(newest - 1);

        tamper("delete from audit.entry where seq >= " + (newest - 1));
        assertThat(audit.verify()).extracting(AuditLog.AuditBreak::reason)
                .anyMatch(r -> r.contains("第 " + (newest - 1) + " 至 " + newest + " 条记录已被删除"));

        tamper("insert into audit.entry select * from json_populate_record(null::audit.entry, '" + beforeLast + "')");
        tamper("insert into audit.entry select * from json_populate_record(null::audit.entry, '" + last + "')");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void anEntrySaysWhereTheActCameFrom() {
        var request = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            audit.record(clerk, "签发", "document:6", "");
        } finally {
            RequestContextHolder.setRequestAttributes(request);
        }
        assertThat(jdbc.sql("select origin from audit.entry order by seq desc limit 1").query(String.class).single())
                .isEqualTo("命令行或后台任务");
        assertThat(jdbc.sql("select bool_and(keyed) from audit.entry where seq > (select coalesce(max(seq), 0) from audit.entry"
                + " where not keyed)").query(Boolean.class).single()).isTrue();
    }

    @Test
    void loginsAndFailuresAreRecorded() {
        long before = jdbc.sql("select count(*) from audit.entry where action like '登录%'").query(Long.class).single();
        audit.recordAnonymous("x", "登录失败", "account:x", "");
        assertThat(jdbc.sql("select count(*) from audit.entry where action like '登录%'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    private String rowJson(long seq) {
        return jdbc.sql("select row_to_json(e)::text from audit.entry e where seq = ?").param(seq).query(String.class).single();
    }

    private void restore(long seq, String json) {
        tamper("delete from audit.entry where seq = " + seq);
        tamper("insert into audit.entry select * from json_populate_record(null::audit.entry, '" + json + "')");
    }

    /** The unkeyed link an attacker without the key would compute for the stored entry {@code seq}. */
    private String plainLink(long seq, String prevHash) throws Exception {
        String canonical = jdbc.sql("""
                        select concat_ws(chr(31), seq, (extract(epoch from at) * 1000)::bigint, coalesce(account_id::text, 'null'),
                                         coalesce(username, 'null'), action, subject, details)
                        from audit.entry where seq = ?""").param(seq).query(String.class).single();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((canonical + "\u001f" + prevHash).getBytes(StandardCharsets.UTF_8)));
    }

    private void tamper(String sql) {
        jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
        }
    }
}
