package org.jianfu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} of {@code ./jianfu serve} while village cadres upload their filled 一表通 sheets.
 * To kill inside the writes, not merely between them, the test holds a lock on the answers table:
 * the uploads then in flight have inserted their submission row but not yet its answers. After a
 * restart two cadres send their file twice at once (held the same way), then every cadre uploads
 * the same file again, twice: each form is stored exactly once and complete, with the values of the
 * file, and a file already stored is answered as a replay ("该文件已提交过").
 */
class ExcelImportKillFaultTests {

    static final int CADRES = 48;
    static final int THREADS = 6;
    static final String REPLAYED = "该文件已提交过，无需重复提交";
    static final String STORED = "Excel 已校验通过并提交";

    @TempDir
    Path work;

    /** The port of the server started last. */
    private int port;

    record Cadre(String username, long unitId, int seed) {
    }

    @Test
    void aKilledServerLosesNoUploadedSheetAndStoresNoneTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            JdbcClient.create(postgres.getPostgresDatabase()).sql("create database jianfu").update();
            String url = postgres.getJdbcUrl("postgres", "jianfu");
            try (ChildJvm demo = ChildJvm.start(work.resolve("child-demo"), "demo-data", "--db-url", url, "--db-user", "postgres")) {
                assertThat(demo.await(Duration.ofSeconds(300))).as(demo.output()).isZero();
            }
            JdbcClient db = JdbcClient.create(postgres.getDatabase("postgres", "jianfu"));
            String period = db.sql("""
                    select to_char(max(form_month), 'YYYY-MM') from indicators.data_request
                    where status = 'SENT' and target_division_code = '620102' and target_level = 'VILLAGE'""")
                    .query(String.class).single();
            List<Cadre> cadres = cadres(db, period);
            assertThat(cadres).hasSize(CADRES);
            assertThat(submissions(db, period)).as("this month's form is open in the demo").isEmpty();
            HttpClient http = CadreSession.client();

            // before the kill: every cadre signs in, downloads and fills the sheet, then all upload
            Map<String, FilledSheets.Filled> sheets = new ConcurrentHashMap<>();
            Set<String> answeredBeforeKill = ConcurrentHashMap.newKeySet();
            int storedBeforeKill;
            int midTransaction;
            try (ChildJvm server = serve(url)) {
                String base = awaitUp(server, http);
                Map<String, CadreSession> sessions = new ConcurrentHashMap<>();
                runAll(cadres, c -> {
                    CadreSession session = new CadreSession(http, base, c.username()).signIn();
                    sessions.put(c.username(), session);
                    sheets.put(c.username(), FilledSheets.fill(session.download(period), c.seed()));
                    return null;
                });
                ExecutorService uploads = Executors.newFixedThreadPool(THREADS);
                for (Cadre c : cadres) {
                    uploads.submit(() -> {
                        sessions.get(c.username()).upload(period, sheets.get(c.username()).xlsx());
                        answeredBeforeKill.add(c.username());
                        return null;
                    });
                }
                assertThat(server.awaitWhileRunning(() -> submissions(db, period).size() >= CADRES / 4, Duration.ofSeconds(480)))
                        .as("uploads stored:\n%s", server.output()).isTrue();
                try (Connection lock = postgres.getDatabase("postgres", "jianfu").getConnection()) {
                    lock.setAutoCommit(false);
                    lock.createStatement().execute("lock table indicators.answer in exclusive mode");
                    assertThat(server.awaitWhileRunning(() -> waitingOnLock(db) >= THREADS, Duration.ofSeconds(480)))
                            .as("every upload thread inside a submission:\n%s", server.output()).isTrue();
                    midTransaction = (int) waitingOnLock(db);
                    assertThat(server.isAlive()).isTrue();
                    server.kill();
                    storedBeforeKill = submissions(db, period).size();
                    lock.rollback();
                }
                uploads.shutdownNow();
                assertThat(uploads.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
            }
            // the killed server's sessions end once their blocked statements finish: nothing of theirs commits
            assertThat(awaitNoOtherSessions(db)).isTrue();
            Map<Long, Long> committed = submissions(db, period);
            assertThat(committed).hasSize(storedBeforeKill);
            assertThat(storedBeforeKill).isGreaterThan(0).isLessThan(CADRES);
            assertComplete(db, period, committed.keySet());

            // after a restart every cadre uploads the same file again, then once more
            Map<String, String> afterRestart = new TreeMap<>();
            Map<String, String> again = new TreeMap<>();
            Map<String, Map<String, String>> shown = new ConcurrentHashMap<>();
            List<Cadre> doubled = cadres.subList(CADRES - 2, CADRES);  // never reached before the kill
            Map<String, List<String>> doubleNotices;
            try (ChildJvm server = serve(url)) {
                String base = awaitUp(server, http);
                doubleNotices = doubleUploads(postgres, db, http, base, period, doubled, sheets);
                Map<String, CadreSession> sessions = new ConcurrentHashMap<>();
                Map<String, String> first = new ConcurrentHashMap<>();
                runAll(cadres, c -> {
                    CadreSession session = new CadreSession(http, base, c.username()).signIn();
                    sessions.put(c.username(), session);
                    first.put(c.username(), session.upload(period, sheets.get(c.username()).xlsx()));
                    return null;
                });
                Map<String, String> second = new ConcurrentHashMap<>();
                runAll(cadres, c -> {
                    CadreSession session = sessions.get(c.username());
                    second.put(c.username(), session.upload(period, sheets.get(c.username()).xlsx()));
                    shown.put(c.username(), FilledSheets.shown(session.download(period)));
                    return null;
                });
                afterRestart.putAll(first);
                again.putAll(second);
                assertThat(awaitEventsDone(server, db)).as("FormSubmitted publications completed").isTrue();
            }

            Map<Long, Long> stored = submissions(db, period);
            Set<Long> units = new HashSet<>(cadres.stream().map(Cadre::unitId).toList());
            assertThat(stored.keySet()).isEqualTo(units);
            assertThat(stored.values()).as("submission rows per unit").containsOnly(1L);
            assertComplete(db, period, stored.keySet());
            Set<String> storedBefore = new HashSet<>();
            for (Cadre c : cadres) {
                if (committed.containsKey(c.unitId())) {
                    storedBefore.add(c.username());
                }
                assertThat(afterRestart.get(c.username())).as(c.username())
                        .isEqualTo(committed.containsKey(c.unitId()) || doubled.contains(c) ? REPLAYED : STORED);
                assertThat(again.get(c.username())).as(c.username()).isEqualTo(REPLAYED);
                assertThat(shown.get(c.username())).as("values shown to %s", c.username())
                        .isEqualTo(sheets.get(c.username()).values());
            }
            assertThat(storedBefore).as("every upload answered before the kill was stored").containsAll(answeredBeforeKill);
            assertThat(committed.keySet()).doesNotContainAnyElementsOf(doubled.stream().map(Cadre::unitId).toList());
            doubled.forEach(c -> assertThat(doubleNotices.get(c.username())).as("one file sent twice at once by %s", c.username())
                    .containsExactlyInAnyOrder(STORED, REPLAYED));
            assertThat(db.sql("""
                    select count(*) from monitoring.source_record where source = 'form-submissions'
                    and source_id in (select id::text from indicators.submission where form_month = ?::date and via = 'EXCEL')""")
                    .param(period + "-01").query(Long.class).single()).as("burden facts recorded once per submission")
                    .isEqualTo(CADRES);
            System.out.printf("[fault] Excel import: serve killed with %d of %d sheets stored (%d answered) and %d uploads "
                            + "mid-transaction; after restart %d files sent twice at once were stored once (other: replay), "
                            + "re-uploads of all %d: %d replayed, %d stored, then all replayed; each form once, complete, same values%n",
                    storedBeforeKill, CADRES, answeredBeforeKill.size(), midTransaction, doubled.size(), CADRES,
                    afterRestart.values().stream().filter(REPLAYED::equals).count(),
                    afterRestart.values().stream().filter(STORED::equals).count());
        }
    }

    /**
     * The same file sent twice at once (a double tap, a phone retrying while the first answer is still
     * on its way): the lock on the answers holds the first upload inside its transaction until the
     * second waits for it on the submission row; then both go on. Returns the two notices per cadre.
     */
    private static Map<String, List<String>> doubleUploads(EmbeddedPostgres postgres, JdbcClient db, HttpClient http,
            String base, String period, List<Cadre> cadres, Map<String, FilledSheets.Filled> sheets) throws Exception {
        // two sessions per cadre (say, phone and computer): one session's two redirects would race for its
        // flash notices (both could read the same one), which says nothing about the stored form
        Map<String, List<CadreSession>> sessions = new TreeMap<>();
        for (Cadre c : cadres) {
            sessions.put(c.username(), List.of(new CadreSession(http, base, c.username()).signIn(),
                    new CadreSession(http, base, c.username()).signIn()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2 * cadres.size());
        Map<String, List<Future<String>>> sent = new TreeMap<>();
        try (Connection lock = postgres.getDatabase("postgres", "jianfu").getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table indicators.answer in exclusive mode");
            for (Cadre c : cadres) {
                byte[] file = sheets.get(c.username()).xlsx();
                List<CadreSession> two = sessions.get(c.username());
                sent.put(c.username(), List.of(pool.submit(() -> two.get(0).upload(period, file)),
                        pool.submit(() -> two.get(1).upload(period, file))));
            }
            boolean raced = awaitTrue(db, """
                    select count(*) filter (where query like '%%into indicators.answer%%') = %1$d
                       and count(*) filter (where query like '%%into indicators.submission%%') = %1$d
                    from pg_stat_activity where datname = 'jianfu' and wait_event_type = 'Lock'""".formatted(cadres.size()));
            assertThat(raced).as("each first upload holds its submission row, each second one waits for it").isTrue();
            lock.rollback();
        }
        Map<String, List<String>> notices = new TreeMap<>();
        for (var e : sent.entrySet()) {
            notices.put(e.getKey(), List.of(e.getValue().get(0).get(120, TimeUnit.SECONDS),
                    e.getValue().get(1).get(120, TimeUnit.SECONDS)));
        }
        pool.shutdownNow();
        return notices;
    }

    private static boolean awaitTrue(JdbcClient db, String query) throws InterruptedException {
        for (int i = 0; i < 2400; i++) {
            if (db.sql(query).query(Boolean.class).single()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** The first village cadres of 城关区 whose villages have this month's form. */
    private static List<Cadre> cadres(JdbcClient db, String period) {
        List<Cadre> cadres = new ArrayList<>();
        db.sql("""
                        select a.username, a.unit_id from identity.account a
                        where a.role = 'CADRE' and a.username like '620102%' and exists (
                            select 1 from indicators.request_target t join indicators.data_request r on r.id = t.request_id
                            where t.unit_id = a.unit_id and r.status = 'SENT' and r.form_month = ?::date)
                        order by a.username limit ?""")
                .params(period + "-01", CADRES)
                .query((rs, n) -> cadres.add(new Cadre(rs.getString(1), rs.getLong(2), n + 1))).list();
        return cadres;
    }

    /** Stored submissions of the month per unit. */
    private static Map<Long, Long> submissions(JdbcClient db, String period) {
        Map<Long, Long> perUnit = new TreeMap<>();
        db.sql("select unit_id, count(*) from indicators.submission where form_month = ?::date group by unit_id")
                .param(period + "-01").query((rs, n) -> perUnit.put(rs.getLong(1), rs.getLong(2))).list();
        return perUnit;
    }

    /**
     * Nothing half-written: each unit's one submission came from Excel, holds an answer for every datum
     * its requests ask (the answers name the submission), and every request is marked answered.
     */
    private static void assertComplete(JdbcClient db, String period, Set<Long> units) {
        for (long unit : units) {
            List<String> asked = db.sql("""
                            select distinct f.match_key from indicators.request_field f
                            join indicators.data_request r on r.id = f.request_id
                            join indicators.request_target t on t.request_id = r.id
                            where t.unit_id = ? and r.form_month = ?::date and r.status = 'SENT' and not f.reused
                            order by 1""").params(unit, period + "-01").query(String.class).list();
            List<String> answered = db.sql("""
                            select distinct a.match_key from indicators.answer a join indicators.submission s on s.id = a.submission_id
                            where s.unit_id = ? and s.form_month = ?::date and s.via = 'EXCEL' and s.version = 1
                            order by 1""").params(unit, period + "-01").query(String.class).list();
            assertThat(asked).isNotEmpty();
            assertThat(answered).as("answers of unit %d", unit).isEqualTo(asked);
            assertThat(db.sql("""
                            select count(*) from indicators.request_target t join indicators.data_request r on r.id = t.request_id
                            where t.unit_id = ? and r.form_month = ?::date and r.status = 'SENT' and t.submitted_at is null""")
                    .params(unit, period + "-01").query(Long.class).single()).as("open requests of unit %d", unit).isZero();
        }
    }

    private static long waitingOnLock(JdbcClient db) {
        return db.sql("""
                select count(*) from pg_stat_activity where datname = 'jianfu' and wait_event_type = 'Lock'
                and query like '%into indicators.answer%' and pid <> pg_backend_pid()""").query(Long.class).single();
    }

    private static boolean awaitNoOtherSessions(JdbcClient db) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            long others = db.sql("""
                    select count(*) from pg_stat_activity where datname = 'jianfu' and backend_type = 'client backend'
                    and pid <> pg_backend_pid()""").query(Long.class).single();
            if (others == 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** The restarted server republishes what the killed one left and handles the new events. */
    private static boolean awaitEventsDone(ChildJvm server, JdbcClient db) throws InterruptedException {
        return server.awaitWhileRunning(() -> db.sql("""
                select count(*) from event_publication where completion_date is null and event_type like '%FormSubmitted'""")
                .query(Long.class).single() == 0, Duration.ofSeconds(120));
    }

    private ChildJvm serve(String url) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return ChildJvm.start(work.resolve("child-serve"), List.of("-Dserver.address=127.0.0.1"),
                "serve", "--no-demo", "--port", String.valueOf(port), "--db-url", url, "--db-user", "postgres");
    }

    /** Waits for the login page; returns the base URL. */
    private String awaitUp(ChildJvm server, HttpClient http) throws InterruptedException {
        String base = "http://127.0.0.1:" + port;
        boolean up = server.awaitWhileRunning(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        }, Duration.ofSeconds(180));
        assertThat(up).as("serve started:\n%s", server.output()).isTrue();
        return base;
    }

    /** Runs {@code work} for every cadre on {@link #THREADS} threads; the first failure fails the test. */
    private static void runAll(List<Cadre> cadres, CadreWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Cadre c : cadres) {
                done.add(pool.submit((Callable<Void>) () -> work.run(c)));
            }
            for (Future<Void> f : done) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface CadreWork {
        Void run(Cadre cadre) throws Exception;
    }
}
