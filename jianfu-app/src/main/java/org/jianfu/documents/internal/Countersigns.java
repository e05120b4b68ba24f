package org.jianfu.documents.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 会签 parties of a document: who countersigns, in which order, and what each wrote. */
@Repository
public class Countersigns {

    /** One party: a co-issuing unit (joint) or a peer unit asked by the reviewer; open until it countersigns. */
    public record Party(long unitId, String unitName, boolean joint, int position, Instant signedAt, String signedByName,
                        String opinion) {

        public boolean open() {
            return signedAt == null;
        }
    }

    private final JdbcClient jdbc;

    Countersigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(long documentId, List<Long> joint, List<Long> internal, boolean inOrder) {
        jdbc.sql("delete from documents.countersign where document_id = ?").param(documentId).update();
        int position = 0;
        for (Long unit : joint) {
            add(documentId, unit, true, inOrder ? position++ : 0);
        }
        for (Long unit : internal) {
            add(documentId, unit, false, inOrder ? position++ : 0);
        }
    }

    private void add(long documentId, long unitId, boolean joint, int position) {
        jdbc.sql("insert into documents.countersign (document_id, unit_id, joint, position) values (?,?,?,?)")
                .params(documentId, unitId, joint, position).update();
    }

    public List<Party> of(long documentId) {
        return jdbc.sql("""
                        select c.*, u.name unit_name, a.display_name signed_by_name from documents.countersign c
                          join organization.unit u on u.id = c.unit_id left join identity.account a on a.id = c.signed_by
                        where c.document_id = ? order by c.position, u.sort_order, u.id""")
                .param(documentId)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("signed_at");
                    return new Party(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getBoolean("joint"),
                            rs.getInt("position"), at == null ? null : at.toInstant(), rs.getString("signed_by_name"),
                            rs.getString("opinion"));
                })
                .list();
    }

    /** Is the unit a party whose turn it is (open, and no open party before it in an in-order 会签)? */
    public boolean turnOf(long documentId, long unitId) {
        List<Party> parties = of(documentId);
        return parties.stream().anyMatch(p -> p.unitId() == unitId && p.open()
                && parties.stream().noneMatch(o -> o.open() && o.position() < p.position()));
    }

    /** Was the unit ever asked to countersign this document (it may read it)? */
    public boolean isParty(long documentId, long unitId) {
        return jdbc.sql("select count(*) from documents.countersign where document_id = ? and unit_id = ?")
                .params(documentId, unitId).query(Long.class).single() > 0;
    }

    boolean sign(long documentId, long unitId, long accountId, String opinion, Instant at) {
        return jdbc.sql("""
                        update documents.countersign set signed_at = ?, signed_by = ?, opinion = ?
                        where document_id = ? and unit_id = ? and signed_at is null""")
                .params(Timestamp.from(at), accountId, opinion, documentId, unitId).update() == 1;
    }

    long open(long documentId) {
        return jdbc.sql("select count(*) from documents.countersign where document_id = ? and signed_at is null")
                .param(documentId).query(Long.class).single();
    }

    /** Documents waiting for this unit's 会签 (its turn), newest first. */
    public List<Long> waitingFor(long unitId, int limit) {
        return jdbc.sql("""
                        select c.document_id from documents.countersign c join documents.document d on d.id = c.document_id
                        where c.unit_id = ? and c.signed_at is null and d.state = 'COUNTERSIGN'
                          and not exists (select 1 from documents.countersign o where o.document_id = c.document_id
                                          and o.signed_at is null and o.position < c.position)
                        order by d.updated_at desc limit ?""")
                .params(unitId, limit).query(Long.class).list();
    }
}
