package org.jianfu.documents.internal;

import java.util.List;
import java.util.Optional;
import org.jianfu.documents.DocumentText;
import org.jianfu.documents.Documents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcDocuments implements Documents {

    private final JdbcClient jdbc;

    JdbcDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DocumentText> text(long documentId) {
        int thisYear = Beijing.today().getYear();
        return jdbc.sql("select * from documents.document where id = ?").param(documentId)
                .query((rs, n) -> new DocumentText(rs.getLong("id"), rs.getLong("issuing_unit_id"),
                        rs.getString("document_number"), rs.getString("title"), rs.getString("body"),
                        rs.getObject("issue_year") == null ? thisYear : rs.getInt("issue_year"), rs.getString("state")))
                .optional();
    }

    @Override
    public List<Long> issuedIn(int year, String divisionCode) {
        if (divisionCode == null) {
            return jdbc.sql("select id from documents.document where issue_year = ? and state = 'ISSUED' order by issued_at, id")
                    .param(year).query(Long.class).list();
        }
        return jdbc.sql("""
                        select d.id from documents.document d join organization.unit u on u.id = d.issuing_unit_id
                          join organization.division v on v.code = u.division_code
                          join organization.division root on root.code = ?
                        where d.issue_year = ? and d.state = 'ISSUED' and (v.path = root.path or v.path like root.path || '.%')
                        order by d.issued_at, d.id""")
                .params(divisionCode, year).query(Long.class).list();
    }

    @Override
    public List<Long> issuedDownwardBy(long unitId, int year) {
        return jdbc.sql("""
                        select id from documents.document where issuing_unit_id = ? and issue_year = ?
                          and state in ('ISSUED', 'WITHDRAWN') and direction = 'DOWNWARD' order by issued_at, id""")
                .params(unitId, year).query(Long.class).list();
    }
}
