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

    @Test
    void documentsIssuedAtTheSameMomentOnBothNodesGetDistinctNumbers() throws Exception {
        JdbcClient jdbc = JdbcClient.create(nodes.context(0).getBean(javax.sql.DataSource.class));
        long township = jdbc.sql("select id from organization.unit where division_code = '620102001' and unit_key = 'gov'")
                .query(Long.class).single();
        int perNode = 4;
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < perNode * 2; i++) {
            BasicApi clerk = new BasicApi(nodes.baseUrl(i % 2), "620102.gov-office.clerk");
            String json = org.jianfu.documents.DocumentsDriver.draft("NOTICE", "两节点同时印发测试" + i, "请各乡镇做好第" + i + "项工作。",
                    java.util.List.of(township), false);
            var created = clerk.post("/api/v1/documents", json);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = Long.parseLong(created.body().replaceAll("\\D", ""));
            for (String step : java.util.List.of("submit", "pass-review")) {
                assertThat(clerk.post("/api/v1/documents/" + id + "/" + step, "{}").statusCode()).isEqualTo(200);
            }
            assertThat(new BasicApi(nodes.baseUrl(i % 2), "620102.gov-office.leader")
                    .post("/api/v1/documents/" + id + "/sign", "{}").statusCode()).isEqualTo(200);
            ids.add(id);
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
        java.util.List<java.util.concurrent.Future<Integer>> issued = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            BasicApi clerk = new BasicApi(nodes.baseUrl(i % 2), "620102.gov-office.clerk");
            issued.add(pool.submit(() -> {
                start.await();
                return clerk.post("/api/v1/documents/" + id + "/issue", "{}").statusCode();
            }));
        }
        start.countDown();
        for (var status : issued) {
            assertThat(status.get()).isEqualTo(200);
        }
        pool.shutdown();
        java.util.List<String> numbers = jdbc.sql("select document_number from documents.document where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(String.class).list();
        assertThat(numbers).hasSize(ids.size()).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aDocumentIssuedOnOneNodeIsFoundBy查重OnTheOtherWithinSeconds() throws Exception {
        JdbcClient jdbc = JdbcClient.create(nodes.context(0).getBean(javax.sql.DataSource.class));
        long township = jdbc.sql("select id from organization.unit where division_code = '620102001' and unit_key = 'gov'")
                .query(Long.class).single();
        String body = org.jianfu.testing.UniqueProse.of(new java.util.Random(99), 1200);
        BasicApi clerk = new BasicApi(nodes.baseUrl(0), "620102.gov-office.clerk");
        var created = clerk.post("/api/v1/documents", org.jianfu.documents.DocumentsDriver.draft("NOTICE", "跨节点查重测试", body,
                java.util.List.of(township), false));
        long id = Long.parseLong(created.body().replaceAll("\\D", ""));
        clerk.post("/api/v1/documents/" + id + "/submit", "{}");
        clerk.post("/api/v1/documents/" + id + "/pass-review", "{}");
        new BasicApi(nodes.baseUrl(0), "620102.gov-office.leader").post("/api/v1/documents/" + id + "/sign", "{}");
        assertThat(clerk.post("/api/v1/documents/" + id + "/issue", "{}").statusCode()).isEqualTo(200);

        BasicApi onB = new BasicApi(nodes.baseUrl(1), "620103.gov-office.clerk");
        String query = "{\"text\":\"" + body + "\"}";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        String found = "";
        while (System.nanoTime() < deadline && !found.contains("doc:" + id)) {
            found = onB.post("/api/v1/reuse/check", query).body();
            Thread.sleep(500);
        }
        assertThat(found).contains("\"source\":\"doc:" + id + "\"");
    }
}
