package org.jianfu.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jianfu.testing.BrowserlessSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one PostgreSQL behave as one: shared start-up imports, shared lockout, shared sessions' data. */
class TwoNodesTests {

    @TempDir
    static Path dataDir;

    static TwoNodes nodes;

    @BeforeAll
    static void start() throws Exception {
        nodes = new TwoNodes(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void startingTogetherOnAnEmptyDatabaseImportsTheOrganisationAndDemoAccountsOnce() {
        JdbcClient jdbc = JdbcClient.create(nodes.context(0).getBean(javax.sql.DataSource.class));
        assertThat(jdbc.sql("select count(*) from organization.division where level = 'TOWNSHIP'").query(Long.class).single())
                .isEqualTo(1403);
        assertThat(jdbc.sql("select count(*) - count(distinct username) from identity.account").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from identity.account where username = 'admin'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anAccountLockedOnOneNodeIsLockedOnTheOther() throws Exception {
        String username = "620105.edu.clerk";
        BrowserlessSession onA = new BrowserlessSession(nodes.baseUrl(0));
        for (int i = 0; i < 5; i++) {
            assertThat(onA.login(username, "wrong" + i)).isEqualTo("/login?error=bad");
        }
        BrowserlessSession onB = new BrowserlessSession(nodes.baseUrl(1));
        assertThat(onB.login(username, "Jianfu@2019")).isEqualTo("/login?error=locked");
    }

    @Test
    void eitherNodeServesTheSignedInUser() throws Exception {
        for (int node = 0; node < 2; node++) {
            BrowserlessSession session = new BrowserlessSession(nodes.baseUrl(node));
            assertThat(session.login("jfb.6201", "Jianfu@2019")).isEqualTo("/");
            assertThat(session.get("/api/v1/me").body()).contains("\"divisionCode\":\"6201\"");
        }
    }
}
