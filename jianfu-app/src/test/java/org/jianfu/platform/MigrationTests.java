package org.jianfu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs on whichever PostgreSQL the suite uses: the embedded one, or the external one in CI. */
@JianfuTest
class MigrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsAppliedAndNonePending() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState))
                .allMatch(s -> s == MigrationState.SUCCESS || s == MigrationState.OUT_OF_ORDER);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void eachModuleHasItsOwnSchema() {
        assertThat(jdbc.sql("select schema_name from information_schema.schemata").query(String.class).list())
                .contains("organization", "identity", "demo");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'event_publication'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseIsPostgreSql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
