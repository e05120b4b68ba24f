package org.jianfu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} of batch commands, then a rerun. {@code ./jianfu demo-data}: the rerun finishes the
 * load, and every table holds exactly what an uninterrupted load into a second database holds.
 * {@code ./jianfu audit}: the rerun stores one finding per document, the same as a further run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchKillFaultTests {

    static EmbeddedPostgres postgres;

    @TempDir
    static Path work;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
        admin.sql("create database interrupted").update();
        admin.sql("create database clean").update();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aKilledDemoLoadResumesWithoutDuplicatingAnything() throws Exception {
        ChildJvm clean = demoData("clean");               // the reference, loaded alongside
        JdbcClient interrupted = jdbc("interrupted");
        try (ChildJvm first = demoData("interrupted")) {
            boolean underWay = first.awaitWhileRunning(() -> loadersDone(interrupted) >= 2, Duration.ofSeconds(600));
            assertThat(first.isAlive()).as("the load must still be running when killed:\n%s", first.output()).isTrue();
            assertThat(underWay).isTrue();
            first.kill();
        }
        long doneBeforeRerun = loadersDone(interrupted);
        try (ChildJvm rerun = demoData("interrupted")) {
            assertThat(rerun.await(Duration.ofSeconds(240))).as(rerun.output()).isZero();
        }
        try (clean) {
            assertThat(clean.await(Duration.ofSeconds(240))).as(clean.output()).isZero();
        }
        JdbcClient reference = jdbc("clean");
        long loaders = reference.sql("select count(*) from demo.loader_run").query(Long.class).single();
        assertThat(doneBeforeRerun).as("killed part-way").isLessThan(loaders);
        assertThat(interrupted.sql("select loader from demo.loader_run order by loader").query(String.class).list())
                .doesNotHaveDuplicates()
                .isEqualTo(reference.sql("select loader from demo.loader_run order by loader").query(String.class).list());
        assertThat(rowCounts(interrupted)).isEqualTo(rowCounts(reference));
        System.out.printf("[fault] demo-data killed after %d of %d loaders; rerun matches a clean load in every table%n",
                doneBeforeRerun, loaders);
    }

    @Test
    @Order(2)
    void aKilledAuditRerunStoresTheSameFindingsOncePerDocument() throws Exception {
        JdbcClient db = jdbc("clean");
        Assumptions.assumeTrue(loadersDone(db) > 0, "needs the demo data of the first test");
        issue2019Documents(db);
        long documents = issued2019(db);
        try (ChildJvm first = audit("clean")) {
            boolean underWay = first.awaitWhileRunning(() -> findings(db) >= 20, Duration.ofSeconds(600));
            assertThat(first.isAlive()).as("the audit must still be running when killed:\n%s", first.output()).isTrue();
            assertThat(underWay).isTrue();
            first.kill();
        }
        long beforeRerun = findings(db);
        assertThat(beforeRerun).isLessThan(documents);
        try (ChildJvm rerun = audit("clean")) {
            assertThat(rerun.await(Duration.ofSeconds(240))).as(rerun.output()).isZero();
        }
        List<Map<String, Object>> afterRerun = stored(db);
        try (ChildJvm again = audit("clean")) {
            assertThat(again.await(Duration.ofSeconds(240))).as(again.output()).isZero();
        }
        assertThat(afterRerun).hasSize((int) documents);
        assertThat(stored(db)).isEqualTo(afterRerun);
        assertThat(afterRerun).anySatisfy(row -> assertThat(row.get("verdict")).isEqualTo("BLOCK"));
        System.out.printf("[fault] audit killed after %d of %d documents; rerun stored each once, same as a further run%n",
                beforeRerun, documents);
    }

    private ChildJvm audit(String database) {
        return ChildJvm.start(work.resolve("child-audit"), "audit", "--year", "2019",
                "--db-url", postgres.getJdbcUrl("postgres", database), "--db-user", "postgres");
    }

    /** What the audit goes through: the demo data's 2019 documents and this test's (documents.issuedIn). */
    private static long issued2019(JdbcClient db) {
        return db.sql("select count(*) from documents.document where issue_year = 2019 and state = 'ISSUED'")
                .query(Long.class).single();
    }

    private static long findings(JdbcClient db) {
        return db.sql("select count(*) from reuse.check_result where year = 2019").query(Long.class).single();
    }

    private static List<Map<String, Object>> stored(JdbcClient db) {
        return db.sql("""
                select document_id, copy_ratio, top_source, top_share, verdict from reuse.check_result
                where year = 2019 order by document_id""").query().listOfRows();
    }

    /**
     * 1,200 more documents issued in 2019: the province's office issues random texts, and every third
     * district document repeats most of one of them (a 照抄照搬 the audit must find).
     */
    private static void issue2019Documents(JdbcClient db) {
        String pool = "区街道社区乡镇村组户人口耕地水利道路学校医院供暖燃气物资车辆值班巡查隐患整改台账资金项目监督检查宣传培训服务群众会议文件";
        Random random = new Random(2019);
        List<String> provincial = new ArrayList<>();
        int n = 1200;
        for (int i = 0; i < n; i++) {
            boolean province = i % 2 == 0;
            StringBuilder body = new StringBuilder();
            if (!province && i % 3 == 0 && !provincial.isEmpty()) {
                body.append(provincial.get(random.nextInt(provincial.size())), 0, 1200);
            }
            while (body.length() < 1500) {
                for (int c = 0; c < 30; c++) {
                    body.append(pool.charAt(random.nextInt(pool.length())));
                }
                body.append("。\n");
            }
            if (province) {
                provincial.add(body.toString());
            }
            String division = province ? "62" : "620102";
            db.sql("""
                    insert into documents.document (issuing_unit_id, kind, title, body, state, number_prefix, number_year,
                        number_seq, document_number, issued_at, issue_year, review_confirmed, drafted_by, direction)
                    select u.id, 'NOTICE', :title, :body, 'ISSUED', 'FT', 2019, :seq, 'FT〔2019〕' || :seq || '号',
                           timestamptz '2019-01-02 09:00+08' + make_interval(mins => :seq), 2019, true, a.id, 'DOWNWARD'
                    from organization.unit u join identity.account a on a.unit_id = u.id and a.role = 'CLERK'
                    where u.division_code = :division and u.unit_key = 'gov-office' limit 1""")
                    .param("title", "关于故障测试的通知（" + i + "）").param("body", body.toString()).param("seq", i + 1)
                    .param("division", division).update();
        }
    }

    private ChildJvm demoData(String database) {
        return ChildJvm.start(work.resolve("child-" + database), "demo-data",
                "--db-url", postgres.getJdbcUrl("postgres", database), "--db-user", "postgres");
    }

    private static JdbcClient jdbc(String database) {
        DataSource ds = postgres.getDatabase("postgres", database);
        return JdbcClient.create(ds);
    }

    private static long loadersDone(JdbcClient jdbc) {
        try {
            return jdbc.sql("select count(*) from demo.loader_run").query(Long.class).single();
        } catch (RuntimeException notYetMigrated) {
            return 0;
        }
    }

    /** Rows per table of the application's schemas (the migration history's timestamps differ, its count not). */
    static Map<String, Long> rowCounts(JdbcClient jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")
                .query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
