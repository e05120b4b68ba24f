package org.jianfu.documents.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out 文号. The counter row per (prefix, year) is bumped by one statement that inserts or
 * increments and returns the new value: PostgreSQL's row lock makes concurrent issuers (also on two
 * servers sharing the database) wait for each other, and the unique constraint on the document's
 * (prefix, year, sequence) is the last guard. A rolled-back issue rolls the counter back with it: no gap, no duplicate.
 */
@Repository
class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DocumentNumber next(String prefix, int year) {
        int seq = jdbc.sql("""
                        insert into documents.number_counter (prefix, year, last_seq) values (?, ?, 1)
                        on conflict (prefix, year) do update set last_seq = documents.number_counter.last_seq + 1
                        returning last_seq""")
                .params(prefix, year).query(Integer.class).single();
        return new DocumentNumber(prefix, year, seq);
    }
}
