package org.jianfu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void dataSurvivesAStopAndAStartOnTheSameFolder() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir, true, false)) {
            DataSource pool = configuration.dataSource(server, 2);
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table kept (v text)").update();
            jdbc.sql("insert into kept values ('甘肃')").update();
            ((AutoCloseable) pool).close();
        }
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir, true, false)) {
            DataSource pool = configuration.dataSource(server, 2);
            assertThat(JdbcClient.create(pool).sql("select v from kept").query(String.class).single()).isEqualTo("甘肃");
            ((AutoCloseable) pool).close();
        }
    }

    @Test
    void outsideTestsTheServerIsDurable() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir, true, false)) {
            DataSource pool = configuration.dataSource(server, 2);
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            ((AutoCloseable) pool).close();
        }
    }
}
