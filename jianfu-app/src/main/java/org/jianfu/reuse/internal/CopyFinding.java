package org.jianfu.reuse.internal;

import java.util.List;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseReport;

/**
 * A check's result in the product's terms: the verdict and the one source that decided it.
 *
 * @param topSource the source with the largest share, or null when nothing was copied
 */
record CopyFinding(long documentId, long issuingUnitId, int year, ReuseReport report, SourceTexts.Source topSource,
                   double topShare, CheckVerdict verdict, String summary) {

    List<Passage> passages() {
        return report.passages();
    }

    /** 照抄照搬: blocked for copying a higher-level document, or re-issuing the unit's own. */
    boolean copying() {
        return verdict == CheckVerdict.BLOCK;
    }

    String topRelation() {
        return topSource == null ? null : topSource.relation().name();
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
