package org.jianfu.documents.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jianfu.documents.DocumentStatus;
import org.jianfu.documents.DocumentText;
import org.jianfu.documents.Documents;
import org.jianfu.documents.DraftRequest;
import org.jianfu.platform.Actor;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcDocuments implements Documents {

    private final JdbcClient jdbc;
    // looked up on use: the flow's gate asks checks (quota, 查重) that themselves read this facade
    private final ObjectProvider<DocumentFlow> flow;

    private final Clock clock;
    private final DocumentRepository documents;
    private final DocumentAccess access;

    JdbcDocuments(JdbcClient jdbc, ObjectProvider<DocumentFlow> flow, Clock clock, DocumentRepository documents,
                  DocumentAccess access) {
        this.clock = clock;
        this.documents = documents;
        this.access = access;
        this.jdbc = jdbc;
        this.flow = flow;
    }

    @Override
    public long draft(Actor actor, DraftRequest request) {
        DocumentKind kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(request.kind()))
                .findFirst().orElseThrow(() -> new RuleViolationException("未知的文种：" + request.kind()));
        DraftForm form = new DraftForm();
        form.setKind(kind);
        form.setTitle(request.title());
        form.setBody(request.body());
        form.setMainRecipientIds(new ArrayList<>(request.mainRecipientIds()));
        form.setCopyRecipientIds(new ArrayList<>(request.copyRecipientIds()));
        return flow.getObject().create(actor, form);
    }

    @Override
    public boolean mayRead(Actor actor, long documentId) {
        return documents.find(documentId).map(d -> access.mayRead(actor, d)).orElse(false);
    }

    @Override
    public Optional<DocumentStatus> status(long documentId) {
        return jdbc.sql("select id, title, state, document_number from documents.document where id = ?")
                .param(documentId)
                .query((rs, n) -> new DocumentStatus(rs.getLong("id"), rs.getString("title"), rs.getString("state"),
                        DocumentState.valueOf(rs.getString("state")).label(), rs.getString("document_number")))
                .optional();
    }

    @Override
    public Optional<DocumentText> text(long documentId) {
        int thisYear = java.time.Year.now(clock).getValue();
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
                        where d.issue_year = ? and d.state = 'ISSUED' and %s
                        order by d.issued_at, d.id""".formatted(DivisionPaths.sqlWithinColumn("v.path", "root.path")))
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
