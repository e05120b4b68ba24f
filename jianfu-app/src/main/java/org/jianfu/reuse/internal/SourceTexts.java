package org.jianfu.reuse.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianfu.documents.DocumentText;
import org.jianfu.documents.Documents;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.corpus.LawsCorpus;
import org.springframework.stereotype.Component;

/**
 * Resolves an index key (law:…, doc:… or ref:…) to the source's title, text, issuing level and relation to
 * a unit.
 */
@Component
class SourceTexts {

    /** Where a source stands relative to the checked document's unit. */
    enum Relation {
        LAW("上级法规"), HIGHER("上级文件"), PEER("同级或其他单位文件"), OWN("本单位文件");

        final String label;

        Relation(String label) {
            this.label = label;
        }

        boolean isHigherLevel() {
            return this == LAW || this == HIGHER;
        }

        /** Public for the pages. */
        public String label() {
            return label;
        }
    }

    /**
     * @param level the issuing level as shown (中央, 国务院部门, 省, 市, 县, 乡; 国家 for the laws), or "" when unknown
     */
    record Source(String key, String title, String text, Relation relation, String level) {

        /** "上级文件（省）": the relation with the level. */
        String relationWithLevel() {
            return level.isEmpty() ? relation.label : relation.label + "（" + level + "）";
        }
    }

    static final String LAW_LEVEL = "国家";

    private final Documents documents;
    private final Organization organization;
    private final ReferenceRepository references;
    private volatile Map<String, LawsCorpus.LawText> laws;

    SourceTexts(Documents documents, Organization organization, ReferenceRepository references) {
        this.documents = documents;
        this.organization = organization;
        this.references = references;
    }

    Map<String, LawsCorpus.LawText> laws() {
        Map<String, LawsCorpus.LawText> loaded = laws;
        if (loaded == null) {
            loaded = LawsCorpus.load().stream().collect(Collectors.toMap(LawsCorpus.LawText::id, Function.identity()));
            laws = loaded;
        }
        return loaded;
    }

    Optional<Source> resolve(String key, long checkedUnitId) {
        if (key.startsWith(IndexHolder.LAW_PREFIX)) {
            var law = laws().get(key.substring(IndexHolder.LAW_PREFIX.length()));
            return Optional.ofNullable(law).map(l -> new Source(key, l.title(), l.text(), Relation.LAW, LAW_LEVEL));
        }
        if (key.startsWith(IndexHolder.REFERENCE_PREFIX)) {
            // a withdrawn document resolves to nothing: on a node whose index still has it, it counts for nothing
            return references.active(IndexHolder.idOf(key)).map(r -> new Source(key, r.named(), r.body(),
                    relation(r.level(), checkedUnitId), r.level().label()));
        }
        long id = IndexHolder.idOf(key);
        return documents.text(id).map(d -> new Source(key, titleOf(d), d.body(), relation(d.issuingUnitId(), checkedUnitId),
                organization.unit(d.issuingUnitId()).map(u -> ReferenceLevel.of(u.divisionLevel()).label()).orElse("")));
    }

    /** The reference document behind a ref: key, active or withdrawn (for who-may-read decisions). */
    Optional<ReferenceDocument> reference(String key) {
        return key != null && key.startsWith(IndexHolder.REFERENCE_PREFIX)
                ? references.find(IndexHolder.idOf(key)) : Optional.empty();
    }

    private static String titleOf(DocumentText d) {
        return d.documentNumber() == null ? d.title() : d.title() + "（" + d.documentNumber() + "）";
    }

    Relation relation(long sourceUnitId, long checkedUnitId) {
        if (sourceUnitId == checkedUnitId) {
            return Relation.OWN;
        }
        Optional<Unit> source = organization.unit(sourceUnitId);
        Optional<Unit> checked = organization.unit(checkedUnitId);
        if (source.isPresent() && checked.isPresent()
                && source.get().divisionLevel().ordinal() < checked.get().divisionLevel().ordinal()) {
            return Relation.HIGHER;
        }
        return Relation.PEER;
    }

    /**
     * A reference document is higher-level when its level is above the checked unit's; otherwise it counts
     * with the peers (a document a unit received is never its own). Unknown unit (-1: no drafting unit):
     * higher-level for everything above a township.
     */
    Relation relation(ReferenceLevel level, long checkedUnitId) {
        return organization.unit(checkedUnitId).map(u -> level.isAbove(u.divisionLevel()) ? Relation.HIGHER : Relation.PEER)
                .orElse(level.ordinal() < ReferenceLevel.TOWNSHIP.ordinal() ? Relation.HIGHER : Relation.PEER);
    }
}
