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

/** Resolves an index key (law:… or doc:…) to the source's title, text and relation to a unit. */
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
    }

    record Source(String key, String title, String text, Relation relation) {
    }

    private final Documents documents;
    private final Organization organization;
    private volatile Map<String, LawsCorpus.LawText> laws;

    SourceTexts(Documents documents, Organization organization) {
        this.documents = documents;
        this.organization = organization;
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
            return Optional.ofNullable(law).map(l -> new Source(key, l.title(), l.text(), Relation.LAW));
        }
        long id = Long.parseLong(key.substring(IndexHolder.DOCUMENT_PREFIX.length()));
        return documents.text(id).map(d -> new Source(key, titleOf(d), d.body(), relation(d.issuingUnitId(), checkedUnitId)));
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
}
