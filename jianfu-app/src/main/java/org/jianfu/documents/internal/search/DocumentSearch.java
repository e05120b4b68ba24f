package org.jianfu.documents.internal.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.document.Document;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.springframework.stereotype.Service;

/**
 * 公文检索: title, 文号, issuing unit and full text, ranked (a hit in the title outweighs one in the body),
 * within exactly what {@link org.jianfu.documents.internal.DocumentAccess#mayRead} lets the actor read.
 * That rule is translated into the query (the scope terms of {@link SearchIndex}); {@code SearchScopeTests}
 * holds the two to the same answer for every document and role.
 */
@Service
public class DocumentSearch {

    static final int PAGE_SIZE = 20;

    /** One result; title and snippet come as parts for highlighting. */
    public record Hit(long id, List<Highlights.Part> title, List<Highlights.Part> snippet, String kind, String state,
                      String documentNumber, String issuer, Instant at) {
    }

    /** One page of results; {@code total} counts every match in scope. */
    public record Results(List<Hit> hits, long total, int page, int pages) {
    }

    private final SearchIndex index;
    private final SearchSync sync;

    DocumentSearch(SearchIndex index, SearchSync sync) {
        this.index = index;
        this.sync = sync;
    }

    Results search(Actor actor, SearchRequest request) {
        sync.catchUpBeforeSearch();
        return search(index, actor, request);
    }

    /** The search proper, on an index already in step (the benchmark calls it on its own index). */
    static Results search(SearchIndex index, Actor actor, SearchRequest request) {
        QueryTerms terms = QueryTerms.of(request.text());
        Query query = query(actor, request, terms);
        Sort sort = terms.isEmpty() ? new Sort(new SortField(SearchIndex.AT, SortField.Type.LONG, true))
                : new Sort(SortField.FIELD_SCORE, new SortField(SearchIndex.AT, SortField.Type.LONG, true));
        int wanted = request.page() * PAGE_SIZE;
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, Integer.MAX_VALUE));
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (request.page() - 1) * PAGE_SIZE; i < docs.length; i++) {
                hits.add(hit(searcher, docs[i].doc, terms.terms()));
            }
            long total = top.totalHits.value();
            int pages = (int) Math.min(SearchRequest.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            return new Results(hits, total, request.page(), pages);
        });
    }

    static Query query(Actor actor, SearchRequest request, QueryTerms terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(terms.isEmpty() ? new MatchAllDocsQuery() : text(terms), Occur.MUST);
        Query scope = scope(actor, request.box());
        if (scope != null) {
            b.add(scope, Occur.FILTER);
        }
        if (request.kind() != null) {
            b.add(new TermQuery(new Term(SearchIndex.KIND, request.kind().name())), Occur.FILTER);
        }
        if (request.state() != null) {
            b.add(new TermQuery(new Term(SearchIndex.STATE, request.state().name())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(SearchIndex.DAY, from, to), Occur.FILTER);
        }
        QueryTerms issuer = QueryTerms.of(request.issuer());
        if (!issuer.isEmpty()) {
            BooleanQuery.Builder unit = new BooleanQuery.Builder();
            new LinkedHashSet<>(issuer.terms()).forEach(t -> unit.add(new TermQuery(new Term(SearchIndex.ISSUER, t)), Occur.FILTER));
            b.add(unit.build(), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Every term must occur somewhere (title, 文号, issuer or body); its best field counts, the title most.
     * The whole query as a phrase in the title or body adds to the score.
     */
    private static Query text(QueryTerms terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(terms.terms())) {
            b.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE, t)), 4f),
                    new BoostQuery(new TermQuery(new Term(SearchIndex.NUMBER, t)), 3f),
                    new BoostQuery(new TermQuery(new Term(SearchIndex.ISSUER, t)), 2f),
                    new TermQuery(new Term(SearchIndex.BODY, t))), 0.1f), Occur.MUST);
        }
        if (terms.terms().size() > 1) {
            b.add(new BoostQuery(phrase(SearchIndex.TITLE, terms), 8f), Occur.SHOULD);
            b.add(new BoostQuery(phrase(SearchIndex.BODY, terms), 2f), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query phrase(String field, QueryTerms terms) {
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = 0; i < terms.terms().size(); i++) {
            p.add(new Term(field, terms.terms().get(i)), terms.positions().get(i));
        }
        return p.build();
    }

    /**
     * {@code DocumentAccess.mayRead} as index terms: the issuing and co-issuing units, the recipients once
     * issued ({@code receivedBy} is only written then), the 减负办 of the issuer's division or one above it,
     * the administrator (no filter). Null: no restriction.
     */
    static Query scope(Actor actor, SearchRequest.Box box) {
        String unit = Long.toString(actor.unitId());
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (box != SearchRequest.Box.RECEIVED) {
            b.add(new TermQuery(new Term(SearchIndex.LEAD_UNIT, unit)), Occur.SHOULD);
            b.add(new TermQuery(new Term(SearchIndex.CO_ISSUER, unit)), Occur.SHOULD);
        }
        if (box != SearchRequest.Box.SENT) {
            b.add(new TermQuery(new Term(SearchIndex.RECEIVED_BY, unit)), Occur.SHOULD);
        }
        if (box == null) {
            if (actor.isAdmin()) {
                return null;
            }
            if (actor.role() == Role.MONITOR) {
                b.add(new TermQuery(new Term(SearchIndex.ISSUER_PATH, actor.divisionPath())), Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static Hit hit(IndexSearcher searcher, int docId, List<String> terms) throws IOException {
        Document d = searcher.storedFields().document(docId);
        return new Hit(Long.parseLong(d.get(SearchIndex.ID)), Highlights.whole(d.get(SearchIndex.TITLE), terms),
                Highlights.snippet(d.get(SearchIndex.BODY), terms), DocumentKind.valueOf(d.get(SearchIndex.KIND)).label(),
                DocumentState.valueOf(d.get(SearchIndex.STATE)).label(), d.get(SearchIndex.NUMBER),
                d.get(SearchIndex.ISSUER_SHORT), Instant.ofEpochMilli(d.getField(SearchIndex.AT).numericValue().longValue()));
    }
}
