package org.jianfu.reuse.internal;

import java.util.function.Predicate;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.reuse.engine.ReuseReport;
import org.jianfu.reuse.engine.SourceShare;
import org.springframework.stereotype.Component;

/**
 * Checks a text and judges it: over {@code blockShare} from one higher-level source, or a near whole
 * copy of the unit's own earlier document, blocks; over {@code warnRatio} overall warns.
 */
@Component
class CopyJudgement {

    private final IndexHolder index;
    private final SourceTexts sources;
    private final ReuseProperties properties;

    CopyJudgement(IndexHolder index, SourceTexts sources, ReuseProperties properties) {
        this.index = index;
        this.sources = sources;
        this.properties = properties;
    }

    CopyFinding judge(long documentId, long unitId, int year, String body, Predicate<String> allowedSources) {
        String self = IndexHolder.documentKey(documentId);
        ReuseReport report = index.check(body, key -> !key.equals(self) && allowedSources.test(key));
        SourceTexts.Source top = null;
        double topShare = 0;
        CheckVerdict verdict = report.copyRatio() > properties.warnRatio() ? CheckVerdict.WARN : CheckVerdict.PASS;
        String summary = "复制比 " + CopyFinding.percent(report.copyRatio());
        for (SourceShare share : report.sources()) {
            var source = sources.resolve(share.source(), unitId);
            if (source.isEmpty()) {
                continue;
            }
            if (top == null) {
                top = source.get();
                topShare = share.share();
            }
            var relation = source.get().relation();
            if (relation.isHigherLevel() && share.share() > properties.blockShare()) {
                return new CopyFinding(documentId, unitId, year, report, source.get(), share.share(), CheckVerdict.BLOCK,
                        summary + "，其中 " + CopyFinding.percent(share.share()) + " 照搬" + relation.label + "《"
                                + source.get().title() + "》，超过 " + CopyFinding.percent(properties.blockShare()));
            }
            if (relation == SourceTexts.Relation.OWN && share.share() >= properties.ownCopyShare()) {
                return new CopyFinding(documentId, unitId, year, report, source.get(), share.share(), CheckVerdict.BLOCK,
                        summary + "，与本单位已发文件《" + source.get().title() + "》基本相同，属重复发文");
            }
        }
        if (top != null) {
            summary += "，最多来自" + top.relation().label + "《" + top.title() + "》（" + CopyFinding.percent(topShare) + "）";
        }
        return new CopyFinding(documentId, unitId, year, report, top, topShare, verdict, summary);
    }
}
