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
    void anAccountWaitingOnOneNodeWaitsOnTheOther() throws Exception {
        String username = "620105.edu.clerk";
        BrowserlessSession onA = new BrowserlessSession(nodes.baseUrl(0));
        for (int i = 0; i < 5; i++) {
            assertThat(onA.login(username, "wrong" + i)).startsWith("/login?error");
        }
        BrowserlessSession onB = new BrowserlessSession(nodes.baseUrl(1));
        assertThat(onB.login(username, "Jianfu@2019")).as("the right password waits: on both nodes")
                .startsWith("/login?error&wait=");
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
        long township = township(jdbc, "620102001");
        // 只减不增 this year: the office issued enough last year (beyond the living demo's) for these eight
        lastYear(jdbc, "620102", 50);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(signedOn(i % 2, "620102", "两节点同时印发测试" + i, township));
        }
        for (int status : issueTogether("620102", ids)) {
            assertThat(status).isEqualTo(200);
        }
        java.util.List<String> numbers = jdbc.sql("select document_number from documents.document where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(String.class).list();
        assertThat(numbers).hasSize(ids.size()).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void concurrentIssuingOnBothNodesNeverOvershootsTheQuota() throws Exception {
        JdbcClient jdbc = JdbcClient.create(nodes.context(0).getBean(javax.sql.DataSource.class));
        String county = "620104";
        int year = java.time.LocalDate.now(nodes.context(0).getBean(java.time.Clock.class)).getYear();
        long office = jdbc.sql("select id from organization.unit where division_code = ? and unit_key = 'gov-office'")
                .param(county).query(Long.class).single();
        // two downward documents last year and 只减不增 this year: a limit of two
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed) select ?, 'NOTICE', '上年公文' || n, 'DOWNWARD', 'ISSUED', ?, now(), a.id, true
                        from identity.account a, generate_series(1, 2) n where a.username = ?""")
                .params(office, year - 1, county + ".gov-office.clerk").update();
        jdbc.sql("insert into quota.rule (division_code, year, style) values (?, ?, 'NO_INCREASE')").params(county, year).update();
        // the living demo may have documents of the office in both years: leave exactly two slots
        long limit = downward(jdbc, office, year - 1);
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed) select ?, 'NOTICE', '今年公文' || n, 'DOWNWARD', 'ISSUED', ?, now(), a.id, true
                        from identity.account a, generate_series(1, ?) n where a.username = ?""")
                .params(office, year, Math.max(0, limit - 2 - downward(jdbc, office, year)), county + ".gov-office.clerk").update();
        long township = township(jdbc, county + "001");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(signedOn(i % 2, county, "两节点限额测试" + i, township));
        }
        java.util.List<Integer> statuses = issueTogether(county, ids);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(4);
        assertThat(jdbc.sql("select used from quota.usage where unit_id = ? and year = ?").params(office, year)
                .query(Integer.class).single()).isEqualTo((int) limit);
        assertThat(jdbc.sql("select count(*) from documents.document where id = any(?) and state = 'ISSUED'")
                .param(ids.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(2);
    }

    private static long downward(JdbcClient jdbc, long unit, int year) {
        return jdbc.sql("""
                        select count(*) from documents.document where issuing_unit_id = ? and issue_year = ?
                          and state in ('ISSUED', 'WITHDRAWN') and direction = 'DOWNWARD'""")
                .params(unit, year).query(Long.class).single();
    }

    private void lastYear(JdbcClient jdbc, String county, int count) {
        int year = java.time.LocalDate.now(nodes.context(0).getBean(java.time.Clock.class)).getYear();
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed) select u.id, 'NOTICE', '上年公文（测试）' || n, 'DOWNWARD', 'ISSUED', ?, now(), a.id, true
                        from organization.unit u join identity.account a on a.username = ? cross join generate_series(1, ?) n
                        where u.division_code = ? and u.unit_key = 'gov-office'""")
                .params(year - 1, county + ".gov-office.clerk", count, county).update();
    }

    private static long township(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from organization.unit where division_code = ? and unit_key = 'gov'").param(code)
                .query(Long.class).single();
    }

    /** A draft of the county's government office, taken to 已签发 on one node. */
    private long signedOn(int node, String county, String title, long township) throws Exception {
        BasicApi clerk = new BasicApi(nodes.baseUrl(node), county + ".gov-office.clerk");
        var created = clerk.post("/api/v1/documents", org.jianfu.documents.DocumentsDriver.draft("NOTICE", title,
                "请各乡镇做好" + title + "的各项工作。", java.util.List.of(township), false));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("\\D", ""));
        assertThat(clerk.post("/api/v1/documents/" + id + "/submit", "{}").statusCode()).isEqualTo(200);
        BasicApi leader = new BasicApi(nodes.baseUrl(node), county + ".gov-office.leader");
        for (String step : java.util.List.of("pass-review", "sign")) {
            assertThat(leader.post("/api/v1/documents/" + id + "/" + step, "{\"comment\":\"同意\"}").statusCode()).isEqualTo(200);
        }
        return id;
    }

    /** Issues all at the same instant, alternating nodes; the HTTP status of each. */
    private java.util.List<Integer> issueTogether(String county, java.util.List<Long> ids) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
        java.util.List<java.util.concurrent.Future<Integer>> issued = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            BasicApi clerk = new BasicApi(nodes.baseUrl(i % 2), county + ".gov-office.clerk");
            issued.add(pool.submit(() -> {
                start.await();
                return clerk.post("/api/v1/documents/" + id + "/issue", "{}").statusCode();
            }));
        }
        start.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (var status : issued) {
            statuses.add(status.get(120, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        return statuses;
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
        BasicApi leader = new BasicApi(nodes.baseUrl(0), "620102.gov-office.leader");
        leader.post("/api/v1/documents/" + id + "/pass-review", "{\"comment\":\"同意\"}");
        leader.post("/api/v1/documents/" + id + "/sign", "{\"comment\":\"同意\"}");
        assertThat(clerk.post("/api/v1/documents/" + id + "/issue", "{}").statusCode()).isEqualTo(200);

        BasicApi onB = new BasicApi(nodes.baseUrl(1), "620102.gov-office.clerk"); // the issuer may read its source
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
