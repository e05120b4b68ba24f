package org.jianfu.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 文号 and quota under concurrent issuing (红古区, 榆中县). The guarantees come from the database:
 * the counter row is bumped by one statement under PostgreSQL's row lock, shown here with two raw
 * connections as two servers would hold them, and a duplicate number breaks a unique constraint.
 */
@JianfuTest
@Import(DocumentsDriver.class)
class IssuingConcurrencyTests {

    /** the application clock (fixed in tests: never today) */
    @Autowired
    java.time.Clock clock;

    @Autowired
    DocumentsDriver api;

    @Autowired
    DocumentFlow flow;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    long signedDraft(String county, String title) {
        api.lastYearsDocuments(county + ".gov-office.clerk");
        Actor clerk = api.actor(county + ".gov-office.clerk");
        Actor leader = api.actor(county + ".gov-office.leader");
        Unit township = api.townshipGovernment(county);
        DraftForm form = new DraftForm();
        form.setTitle(title);
        form.setBody("各乡镇要抓好落实。");
        form.setMainRecipientIds(List.of(township.id()));
        form.setReviewConfirmed(true);
        long id = flow.create(clerk, form);
        flow.submit(clerk, id);
        flow.passReview(leader, id, "同意");
        flow.sign(leader, id, "同意");
        return id;
    }

    /** Issues all documents at once from as many threads; each result is a number or the refusal. */
    List<Object> issueTogether(Actor clerk, List<Long> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (long id : ids) {
            results.add(pool.submit((Callable<Object>) () -> {
                start.await();
                try {
                    return flow.issue(clerk, id);
                } catch (RuleViolationException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> out = new ArrayList<>();
        for (Future<Object> f : results) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return out;
    }

    @Test
    void twoThreadsIssuingAtOnceGetTwoConsecutiveNumbers() throws Exception {
        List<Long> ids = List.of(signedDraft("620111", "并发印发一"), signedDraft("620111", "并发印发二"),
                signedDraft("620111", "并发印发三"));
        List<Object> numbers = issueTogether(api.actor("620111.gov-office.clerk"), ids);
        List<Integer> sequences = numbers.stream().map(n -> ((DocumentNumber) n).sequence()).sorted().toList();
        assertThat(sequences).doesNotHaveDuplicates().hasSize(3);
        assertThat(sequences.getLast() - sequences.getFirst()).isEqualTo(2);
        assertThat(jdbc.sql("select count(distinct document_number) from documents.document where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theCounterIsSerialisedByTheDatabaseAcrossConnections() throws Exception {
        String bump = """
                insert into documents.number_counter (prefix, year, last_seq) values ('测试发', 2030, 1)
                on conflict (prefix, year) do update set last_seq = documents.number_counter.last_seq + 1 returning last_seq""";
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            int a = bumpOn(first, bump);
            // the second "server" must wait for the first one's row lock, then see its increment
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<Integer> b = other.submit(() -> bumpOn(second, bump));
            assertThat(b.isDone()).isFalse();
            first.commit();
            int next = b.get(30, TimeUnit.SECONDS);
            second.commit();
            other.shutdown();
            assertThat(next).isEqualTo(a + 1);
        }
    }

    @Test
    void aDuplicateNumberIsRejectedByTheDatabase() {
        long id = signedDraft("620111", "重复文号");
        long other = signedDraft("620111", "重复文号二");
        jdbc.sql("update documents.document set number_prefix = '重发', number_year = 2031, number_seq = 1 where id = ?")
                .param(id).update();
        assertThatThrownBy(() -> jdbc.sql("""
                        update documents.document set number_prefix = '重发', number_year = 2031, number_seq = 1 where id = ?""")
                .param(other).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void concurrentIssuersNeverOvershootTheQuota() throws Exception {
        String county = "620171";
        Unit office = api.unit(county, "gov-office");
        int year = java.time.LocalDate.now(clock).getYear();
        // one downward document last year, and 只减不增 this year: a limit of one
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed) select ?, 'NOTICE', '上年公文', 'DOWNWARD', 'ISSUED', ?, now(), id, true
                        from identity.account where username = ?""")
                .params(office.id(), year - 1, county + ".gov-office.clerk").update();
        jdbc.sql("insert into quota.rule (division_code, year, style) values (?, ?, 'NO_INCREASE')").params(county, year)
                .update();
        // the living demo may have documents of the office in both years: leave exactly one slot
        long limit = downward(office.id(), year - 1);
        jdbc.sql("""
                        insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                          drafted_by, review_confirmed) select ?, 'NOTICE', '今年公文' || n, 'DOWNWARD', 'ISSUED', ?, now(), a.id, true
                        from identity.account a cross join generate_series(1, ?) n where a.username = ?""")
                .params(office.id(), year, Math.max(0, limit - 1 - downward(office.id(), year)), county + ".gov-office.clerk")
                .update();
        List<Long> ids = List.of(signedDraft(county, "限额并发一"), signedDraft(county, "限额并发二"));
        List<Object> results = issueTogether(api.actor(county + ".gov-office.clerk"), ids);
        assertThat(results).filteredOn(r -> r instanceof DocumentNumber).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof RuleViolationException).singleElement()
                .extracting(r -> ((RuleViolationException) r).getMessage()).asString().contains("已达限额 " + limit + " 件");
        assertThat(jdbc.sql("select used from quota.usage where unit_id = ? and year = ?").params(office.id(), year)
                .query(Integer.class).single()).isEqualTo((int) limit);
    }

    private long downward(long unit, int year) {
        return jdbc.sql("""
                        select count(*) from documents.document where issuing_unit_id = ? and issue_year = ?
                          and state in ('ISSUED', 'WITHDRAWN') and direction = 'DOWNWARD'""")
                .params(unit, year).query(Long.class).single();
    }

    private static int bumpOn(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
