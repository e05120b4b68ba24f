package org.jianfu.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JianfuTest
class BackupTests {

    @Autowired
    Backups backups;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void aRoundTripRestoresEveryTableExactly() throws Exception {
        // an account nothing refers to, so deleting it is allowed (a demo account may have signed for documents)
        jdbc.sql("""
                insert into identity.account (username, display_name, password_hash, role, unit_id)
                select 'backup-test.clerk', '备份测试', password_hash, role, unit_id from identity.account
                where username = '620104.edu.clerk'""").update();
        Path file = folder.resolve("jianfu.zip");
        Map<String, Backups.TableFingerprint> saved = backups.backup(file);
        assertThat(saved).containsKeys("organization.division", "organization.unit", "identity.account", "audit.entry");
        assertThat(saved.get("organization.division").rows()).isGreaterThan(1500);

        jdbc.sql("update identity.account set display_name = '改动' where username = 'admin'").update();
        jdbc.sql("delete from identity.account where username = 'backup-test.clerk'").update();
        assertThat(backups.fingerprints()).isNotEqualTo(saved);

        Map<String, Backups.TableFingerprint> restored = backups.restore(file);
        assertThat(restored).isEqualTo(saved);
        assertThat(backups.fingerprints()).isEqualTo(saved);
        assertThat(jdbc.sql("select count(*) from identity.account where username = 'backup-test.clerk'")
                .query(Long.class).single()).isEqualTo(1);
        jdbc.sql("delete from identity.account where username = 'backup-test.clerk'").update();
        // sequences continue after the restored ids
        jdbc.sql("insert into organization.unit (division_code, name, short_name, kind, unit_key, number_prefix) "
                + "values ('620102', '测试单位', '测试', 'DEPARTMENT', 'backup-test', '测试发')").update();
        jdbc.sql("delete from organization.unit where unit_key = 'backup-test'").update();
    }

    @Test
    void aDamagedFileIsRefusedAndNothingIsChanged() throws Exception {
        Map<String, Backups.TableFingerprint> before = backups.fingerprints();
        Path junk = folder.resolve("junk.zip");
        Files.writeString(junk, "不是备份");
        assertThatThrownBy(() -> backups.restore(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不是有效的 Jianfu 备份文件");
        assertThat(backups.fingerprints()).isEqualTo(before);
    }
}
