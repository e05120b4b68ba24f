package org.jianfu.reuse.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.documents.Documents;
import org.jianfu.organization.Organization;
import org.jianfu.platform.Actor;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseReport;
import org.springframework.stereotype.Component;

/**
 * A 查重 answer as one caller may see it. A passage whose source is a document the caller may not read
 * (the documents module's reading rule) keeps only where it lies in the caller's own text, its
 * similarity and kind, and "上级或其他单位文件" with the source's level: no id, no offsets, no title, no
 * text. Otherwise the check would be an oracle for documents the caller cannot open.
 */
@Component
class VisibleSources {

    static final String HIDDEN = "上级或其他单位文件";

    /** A passage as shown: {@code source}, offsets and title are null when the source is hidden. */
    record VisiblePassage(int queryStart, int queryEnd, String source, Integer sourceStart, Integer sourceEnd,
                          double similarity, String kind, String sourceLabel, List<String> alsoFoundIn) {
    }

    /** A source's share of the text; {@code source} is null when hidden. */
    record VisibleShare(String source, String sourceLabel, double share) {
    }

    record VisibleReport(int length, double copyRatio, List<VisiblePassage> passages, List<VisibleShare> sources) {
    }

    private final Documents documents;
    private final Organization organization;
    private final SourceTexts sources;

    VisibleSources(Documents documents, Organization organization, SourceTexts sources) {
        this.documents = documents;
        this.organization = organization;
        this.sources = sources;
    }

    VisibleReport report(Actor actor, ReuseReport report) {
        Map<String, Seen> seen = new HashMap<>();
        return new VisibleReport(report.length(), report.copyRatio(), passages(actor, report.passages(), seen),
                report.sources().stream().map(s -> {
                    Seen source = seen(actor, s.source(), seen);
                    return new VisibleShare(source.readable() ? s.source() : null, source.label(), s.share());
                }).toList());
    }

    List<VisiblePassage> passages(Actor actor, List<Passage> passages) {
        return passages(actor, passages, new HashMap<>());
    }

    /** Many passages share a source: each source is looked up once per answer. */
    private record Seen(boolean readable, String label) {
    }

    private List<VisiblePassage> passages(Actor actor, List<Passage> passages, Map<String, Seen> seen) {
        return passages.stream().map(p -> {
            List<String> twins = p.alsoFoundIn().stream().filter(k -> seen(actor, k, seen).readable()).toList();
            Seen source = seen(actor, p.source(), seen);
            return source.readable()
                    ? new VisiblePassage(p.queryStart(), p.queryEnd(), p.source(), p.sourceStart(), p.sourceEnd(),
                            p.similarity(), p.kind().label(), source.label(), twins)
                    : new VisiblePassage(p.queryStart(), p.queryEnd(), null, null, null, p.similarity(), p.kind().label(),
                            source.label(), twins);
        }).toList();
    }

    private Seen seen(Actor actor, String key, Map<String, Seen> seen) {
        return seen.computeIfAbsent(key, k -> mayRead(actor, k) ? new Seen(true, title(k)) : new Seen(false, hiddenLabel(k)));
    }

    /** The source to show beside a passage on a page, or null when the caller may not read it. */
    SourceTexts.Source source(Actor actor, String key, long checkedUnitId) {
        return mayRead(actor, key) ? sources.resolve(key, checkedUnitId).orElse(null) : null;
    }

    boolean mayRead(Actor actor, String key) {
        if (key == null || key.startsWith(IndexHolder.LAW_PREFIX)) {
            return true;
        }
        if (key.startsWith(IndexHolder.REFERENCE_PREFIX)) {
            return sources.reference(key).map(r -> ReferenceLibrary.mayRead(actor, r)).orElse(false);
        }
        return documents.mayRead(actor, documentId(key));
    }

    /** "上级或其他单位文件（市州）": the issuing level only. */
    String hiddenLabel(String key) {
        if (key.startsWith(IndexHolder.REFERENCE_PREFIX)) {
            return sources.reference(key).map(r -> hidden(r.level().label())).orElse(HIDDEN);
        }
        return documents.text(documentId(key)).flatMap(d -> organization.unit(d.issuingUnitId()))
                .map(u -> HIDDEN + "（" + u.divisionLevel().label() + "）").orElse(HIDDEN);
    }

    static String hidden(String level) {
        return HIDDEN + "（" + level + "）";
    }

    private String title(String key) {
        return sources.resolve(key, -1).map(SourceTexts.Source::title).orElse(key);
    }

    private static long documentId(String key) {
        return Long.parseLong(key.substring(IndexHolder.DOCUMENT_PREFIX.length()));
    }
}
