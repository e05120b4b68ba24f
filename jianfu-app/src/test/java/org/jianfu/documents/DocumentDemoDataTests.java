package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo documents (scale 0.05 in tests): two years, fewer in 2019, copies of higher levels, mostly signed for. */
@JianfuTest
class DocumentDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void bothYearsAreThereAnd2019HasFewerDownwardDocuments() {
        long y2018 = count("select count(*) from documents.document where demo and issue_year = 2018 and direction = 'DOWNWARD'");
        long y2019 = count("select count(*) from documents.document where demo and issue_year = 2019 and direction = 'DOWNWARD'");
        assertThat(y2018).isGreaterThan(100);
        assertThat(y2019).isBetween(y2018 / 2, y2018 * 85 / 100);
        assertThat(count("select count(*) from documents.document where demo and direction = 'UPWARD'")).isPositive();
    }

    @Test
    void numbersAreUniqueAndTheCountersContinueAfterThem() {
        assertThat(count("select count(*) - count(distinct document_number) from documents.document where demo")).isZero();
        assertThat(count("""
                select count(*) from (select number_prefix, number_year, max(number_seq) m from documents.document
                  where demo group by 1, 2) d join documents.number_counter c on c.prefix = d.number_prefix
                  and c.year = d.number_year where c.last_seq < d.m""")).isZero();
    }

    @Test
    void someLowerLevelsCopyHigherLevelNoticesSomeWithOnlyPlaceNamesSwapped() {
        long verbatim = count("""
                select count(*) from documents.document d join documents.document o on o.body = d.body and o.id < d.id
                where d.demo and o.issuing_unit_id <> d.issuing_unit_id""");
        // a swapped copy keeps the articles and differs in the opening only by the region's words (全省 → 全市)
        long swapped = count("""
                select count(*) from documents.document d join documents.document o
                  on split_part(o.body, E'\\n', 3) = split_part(d.body, E'\\n', 3) and o.id < d.id
                where d.demo and split_part(o.body, E'\\n', 1) <> split_part(d.body, E'\\n', 1)
                  and regexp_replace(split_part(o.body, E'\\n', 1), '全[^全]{1,2}实际', '')
                    = regexp_replace(split_part(d.body, E'\\n', 1), '全[^全]{1,2}实际', '')""");
        assertThat(verbatim).isPositive();
        assertThat(swapped).isPositive();
    }

    @Test
    void mostAddresseesSignedFor() {
        long all = count("select count(*) from documents.recipient r join documents.document d on d.id = r.document_id where d.demo");
        long signed = count("""
                select count(*) from documents.recipient r join documents.document d on d.id = r.document_id
                where d.demo and r.signed_at is not null""");
        assertThat(all).isPositive();
        assertThat(signed * 100 / all).isBetween(85L, 98L);
    }
}
