package org.jianfu.reuse.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseReport;
import org.jianfu.reuse.engine.SourceShare;
import org.springframework.stereotype.Component;

/**
 * Checks a text and judges it: the one place of the 查重 policy. Over {@code blockShare} from one
 * higher-level source (a law, a document of a higher level, a reference document of a higher level: with
 * only titles and place names changed it is still that source) blocks, as does a near whole copy of the
 * unit's own earlier document; over {@code warnRatio} overall warns. The copied text is counted apart by
 * where it came from (上级法规, 上级文件, 同级或其他单位, 本单位), each source named with its level.
 */
@Component
class CopyJudgement {

    private final IndexHolder index;
    private final SourceTexts sources;
    private final ReuseProperties properties;
    private final Organization organization;

    CopyJudgement(IndexHolder index, SourceTexts sources, ReuseProperties properties, Organization organization) {
        this.index = index;
        this.sources = sources;
        this.properties = properties;
        this.organization = organization;
    }

    CopyFinding judge(long documentId, long unitId, int year, String body, Predicate<String> allowedSources) {
        String self = IndexHolder.documentKey(documentId);
        ReuseReport report = index.check(body, key -> !key.equals(self) && allowedSources.test(key));
        Map<String, Optional<SourceTexts.Source>> resolved = new HashMap<>();
        java.util.function.Function<String, Optional<SourceTexts.Source>> resolve =
                key -> resolved.computeIfAbsent(key, k -> sources.resolve(k, unitId));
        Optional<Unit> unit = organization.unit(unitId);
        SourceTexts.Source top = null;
        double topShare = 0;
        CheckVerdict verdict = report.copyRatio() > properties.warnRatio() ? CheckVerdict.WARN : CheckVerdict.PASS;
        String summary = "复制比 " + CopyFinding.percent(report.copyRatio())
                + parts(shares(report.passages(), report.length(), resolve));
        for (SourceShare share : report.sources()) {
            var source = resolve.apply(share.source());
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
                        summary + "，其中 " + CopyFinding.percent(share.share()) + " 照搬" + source.get().relationWithLevel()
                                + named(source.get(), unit) + "，超过 " + CopyFinding.percent(properties.blockShare()));
            }
            if (relation == SourceTexts.Relation.OWN && share.share() >= properties.ownCopyShare()) {
                return new CopyFinding(documentId, unitId, year, report, source.get(), share.share(), CheckVerdict.BLOCK,
                        summary + "，与本单位已发文件《" + source.get().title() + "》基本相同，属重复发文");
            }
        }
        if (top != null) {
            summary += "，最多来自" + top.relationWithLevel() + named(top, unit) + "（" + CopyFinding.percent(topShare) + "）";
        }
        return new CopyFinding(documentId, unitId, year, report, top, topShare, verdict, summary);
    }

    /**
     * 《标题（文号）》 for a drafting unit that may read the source; a reference document it may not read
     * is named by nothing (its level is already in the relation): the gate is no oracle for the library.
     */
    private String named(SourceTexts.Source source, Optional<Unit> unit) {
        boolean readable = sources.reference(source.key())
                .map(r -> unit.map(u -> ReferenceLibrary.unitMayRead(u, r)).orElse(false)).orElse(true);
        return readable ? "《" + source.title() + "》" : "";
    }

    /** The share of the text copied from each kind of source (a stretch counts once, for its source's kind). */
    static Map<SourceTexts.Relation, Double> shares(List<Passage> passages, int length,
                                                    java.util.function.Function<String, Optional<SourceTexts.Source>> resolve) {
        Map<SourceTexts.Relation, List<int[]>> ranges = new EnumMap<>(SourceTexts.Relation.class);
        for (Passage p : passages) {
            resolve.apply(p.source()).ifPresent(s -> ranges.computeIfAbsent(s.relation(), r -> new ArrayList<>())
                    .add(new int[]{p.queryStart(), p.queryEnd()}));
        }
        Map<SourceTexts.Relation, Double> shares = new EnumMap<>(SourceTexts.Relation.class);
        ranges.forEach((relation, list) -> {
            list.sort(java.util.Comparator.comparingInt(r -> r[0]));
            int covered = 0;
            int end = -1;
            for (int[] r : list) {
                int from = Math.max(r[0], end);
                if (r[1] > from) {
                    covered += r[1] - from;
                    end = r[1];
                }
            }
            shares.put(relation, length == 0 ? 0 : (double) covered / length);
        });
        return shares;
    }

    /** "（上级文件 58%、同级或其他单位文件 5%）", or nothing when nothing was copied. */
    static String parts(Map<SourceTexts.Relation, Double> shares) {
        List<String> parts = shares.entrySet().stream().filter(e -> e.getValue() >= 0.005)
                .map(e -> e.getKey().label + " " + CopyFinding.percent(e.getValue())).toList();
        return parts.isEmpty() ? "" : "（" + String.join("、", parts) + "）";
    }

    /** The policy in words, for the gate's page: what blocks and what warns, from the configured figures. */
    List<String> policy() {
        return List.of(
                "单一上级来源（国家法律法规、上级机关文件、参照文件库中上级文件）被照搬超过 "
                        + CopyFinding.percent(properties.blockShare()) + "（仅改动标题、地名的照搬同样计算）：退回修改，"
                        + "确需照发的写明理由报上一级减负办批准",
                "与本单位已发文件相同达 " + CopyFinding.percent(properties.ownCopyShare()) + "：属重复发文，不得印发",
                "全文复制比超过 " + CopyFinding.percent(properties.warnRatio()) + "：提示精简，不阻止印发",
                "来自上级、同级和本单位的雷同文字分别统计，并注明来源层级");
    }
}
