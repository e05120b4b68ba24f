package org.jianfu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    void loginsAndFailuresAreRecorded() {
        long before = jdbc.sql("select count(*) from audit.entry where action like '登录%'").query(Long.class).single();
        audit.recordAnonymous("x", "登录失败", "account:x", "");
        assertThat(jdbc.sql("select count(*) from audit.entry where action like '登录%'").query(Long.class).single())
                .isEqualTo(before + 1);
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
