package org.jianfu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jianfu.platform.EmbeddedDatabasePasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseTests {

    @TempDir
    Path home;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    private Path dataDir() {
        return home.resolve("data/pg");
    }

    @Test
    void dataSurvivesAStopAndAStartOnTheSameFolder() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), true, false)) {
            DataSource pool = configuration.dataSource(server, 2);
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table kept (v text)").update();
            jdbc.sql("insert into kept values ('甘肃')").update();
            ((AutoCloseable) pool).close();
        }
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), true, false)) {
            DataSource pool = configuration.dataSource(server, 2);
            assertThat(JdbcClient.create(pool).sql("select v from kept").query(String.class).single()).isEqualTo("甘肃");
            ((AutoCloseable) pool).close();
        }
    }

    @Test
    void outsideTestsTheServerIsDurable() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), true, false)) {
            DataSource pool = configuration.dataSource(server, 2);
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            ((AutoCloseable) pool).close();
        }
    }

    @Test
    void aNewFolderLetsInOnlyWhoeverReadsThePasswordFile() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), true, false)) {
            Path passwordFile = home.resolve("data/pg-password");
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40).isEqualTo(server.password());

            assertRefusedWithoutOrWithAWrongPassword(server);
            assertOnlyPasswordRulesWithTheRightOne(server, password);
        }
    }

    @Test
    void aFolderFromBeforeThePasswordStopsTrustingOnItsNextStartAndKeepsItsData() throws Exception {
        Files.createDirectories(dataDir());
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir()).setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept as select '甘肃' as v");
        }
        assertThat(HostBasedAuthentication.trustsAnyRule(dataDir())).isTrue();

        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), true, false)) {
            assertThat(HostBasedAuthentication.trustsAnyRule(dataDir())).isFalse();
            assertRefusedWithoutOrWithAWrongPassword(server);
            assertOnlyPasswordRulesWithTheRightOne(server, Files.readString(home.resolve("data/pg-password")).strip());
        }
        // and the start after that reads the same password
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), true, false)) {
            DataSource pool = configuration.dataSource(server, 1);
            assertThat(JdbcClient.create(pool).sql("select v from kept").query(String.class).single()).isEqualTo("甘肃");
            ((AutoCloseable) pool).close();
        }
    }

    @Test
    void aPasswordFolderWhosePasswordFileIsGoneSaysSoInChinese() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), false, false)) {
            assertThat(server.port()).isPositive();
        }
        Files.delete(home.resolve("data/pg-password"));

        assertThatThrownBy(() -> configuration.embeddedPostgres(dataDir(), false, false))
                .isInstanceOf(EmbeddedDatabasePasswordException.class)
                .hasMessageContaining("密码文件").hasMessageContaining("pg-password").hasMessageContaining("不存在");
    }

    @Test
    void aPasswordFileThatDoesNotBelongToTheFolderSaysSoAndStopsTheServer() throws Exception {
        try (EmbeddedPostgresServer server = configuration.embeddedPostgres(dataDir(), false, false)) {
            assertThat(server.port()).isPositive();
        }
        Files.writeString(home.resolve("data/pg-password"), "another-folders-password\n");

        assertThatThrownBy(() -> configuration.embeddedPostgres(dataDir(), false, false))
                .isInstanceOf(EmbeddedDatabasePasswordException.class)
                .hasMessageContaining("拒绝了密码文件").hasMessageContaining("pg-password");
        // the server the library started and gave up on is stopped, not left holding the folder
        assertThat(dataDir().resolve("postmaster.pid")).doesNotExist();
    }

    private static void assertRefusedWithoutOrWithAWrongPassword(EmbeddedPostgresServer server) {
        assertThatThrownBy(() -> connect(server, null).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(server, "wrong").close()).isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("28P01");
    }

    /** The right password gets in, and no rule in pg_hba.conf (socket or loopback) lets anyone in without one. */
    private static void assertOnlyPasswordRulesWithTheRightOne(EmbeddedPostgresServer server, String password) throws SQLException {
        try (Connection connection = connect(server, password);
             var rules = connection.createStatement().executeQuery("select distinct auth_method from pg_hba_file_rules")) {
            assertThat(rules.next()).isTrue();
            assertThat(rules.getString(1)).isEqualTo(HostBasedAuthentication.METHOD);
            assertThat(rules.next()).as("another authentication method").isFalse();
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }
}
