package org.jianfu.documents.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.jianfu.documents.Documents;
import org.jianfu.documents.DocumentsDriver;
import org.jianfu.platform.Actor;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search's scope is {@code DocumentAccess.mayRead}, translated into index terms: for every document
 * of the demo and the test's own, and each role, the index lets through exactly the documents the rule does.
 */
@JianfuTest
class SearchScopeTests {

    @Autowired
    DocumentsDriver api;

    @Autowired
    Documents documents;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchSync sync;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIndexScopeIsTheReadingRule() throws Exception {
        long township = api.townshipGovernment("620111").id();
        api.createOk("620111.gov-office.clerk", DocumentsDriver.draft("NOTICE", "范围测试草稿", "草稿正文。", List.of(township), false));
        api.issued("620111.gov-office.clerk", "620111.gov-office.leader",
                DocumentsDriver.draft("NOTICE", "范围测试公文", "公文正文。", List.of(township), false));
        sync.catchUp();
        List<Long> all = jdbc.sql("select id from documents.document order by id").query(Long.class).list();
        String cadre = api.townshipGovernment("620111").divisionCode() + ".gov.cadre";
        for (String username : List.of("620111.gov-office.clerk", "620103.gov-office.clerk", cadre, "jfb.6201",
                "jfb.620111", "jfb.620103", "admin")) {
            Actor actor = api.actor(username);
            Set<Long> rule = new HashSet<>();
            all.forEach(id -> {
                if (documents.mayRead(actor, id)) {
                    rule.add(id);
                }
            });
            Query scope = DocumentSearch.scope(actor, null);
            Set<Long> found = inIndex(scope == null ? new MatchAllDocsQuery() : scope);
            found.retainAll(Set.copyOf(all));
            assertThat(found).as(username + " (%d by the rule)", rule.size()).isEqualTo(rule);
            assertThat(rule).as(username).isNotEmpty();
        }
    }

    private Set<Long> inIndex(Query query) {
        return index.withSearcher(searcher -> {
            Set<Long> ids = new HashSet<>();
            for (ScoreDoc d : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                ids.add(Long.parseLong(searcher.storedFields().document(d.doc).get(SearchIndex.ID)));
            }
            return ids;
        });
    }
}
