package org.jianfu.quota.internal;

import org.jianfu.documents.Documents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counter per unit and year. Reservations are rows (one per document), so the gate's
 * reservation and the {@code DocumentIssued} listener can both record a document without counting
 * it twice; the usage row's lock (select … for update) serialises reservations of one unit, also
 * across servers sharing the database. The first use of a row seeds it from the documents already issued.
 */
@Repository
class QuotaLedger {

    private final JdbcClient jdbc;
    private final Documents documents;

    QuotaLedger(JdbcClient jdbc, Documents documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** Used slots, without locking (for display and for checks before 印发). */
    int used(long unitId, int year) {
        return jdbc.sql("select used from quota.usage where unit_id = ? and year = ? and seeded").params(unitId, year)
                .query(Integer.class).optional().orElseGet(() -> documents.issuedDownwardBy(unitId, year).size());
    }

    boolean holds(long documentId) {
        return jdbc.sql("select exists (select 1 from quota.reservation where document_id = ?)").param(documentId)
                .query(Boolean.class).single();
    }

    /** Locks the unit's row for this transaction and returns the used count. */
    int lock(long unitId, int year) {
        jdbc.sql("insert into quota.usage (unit_id, year) values (?, ?) on conflict do nothing").params(unitId, year)
                .update();
        boolean seeded = jdbc.sql("select seeded from quota.usage where unit_id = ? and year = ? for update")
                .params(unitId, year).query(Boolean.class).single();
        if (!seeded) {
            for (long id : documents.issuedDownwardBy(unitId, year)) {
                insertReservation(id, unitId, year);
            }
            jdbc.sql("""
                            update quota.usage set seeded = true,
                              used = (select count(*) from quota.reservation where unit_id = ? and year = ?)
                            where unit_id = ? and year = ?""")
                    .params(unitId, year, unitId, year).update();
        }
        return jdbc.sql("select used from quota.usage where unit_id = ? and year = ?").params(unitId, year)
                .query(Integer.class).single();
    }

    /** Records the document under the lock taken by {@link #lock}; false if it was already recorded. */
    boolean record(long documentId, long unitId, int year) {
        if (!insertReservation(documentId, unitId, year)) {
            return false;
        }
        jdbc.sql("update quota.usage set used = used + 1 where unit_id = ? and year = ?").params(unitId, year).update();
        return true;
    }

    private boolean insertReservation(long documentId, long unitId, int year) {
        return jdbc.sql("""
                        insert into quota.reservation (document_id, unit_id, year) values (?, ?, ?)
                        on conflict (document_id) do nothing""")
                .params(documentId, unitId, year).update() == 1;
    }
}
