package org.jianfu.indicators.internal.requests;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import org.jianfu.indicators.matching.Tier;

/**
 * A datum someone already collects that a drafted field asks for again ({@link Tier#SAME}, 同一指标) or
 * may ask for again ({@link Tier#MAYBE}, 可能相同, for the requester to confirm): the existing field, who
 * collects it (department and form, named once however many periods it ran), for which period, and the
 * matcher's Chinese reason.
 *
 * @param periods how many of the form's periods (months) carry the field; the newest is {@code periodLabel}
 */
public record Duplicate(String field, String collector, String requestTitle, String periodLabel, String reason,
                        double score, String matchKey, Long sourceUnitId, Tier tier, int periods) {

    private static final List<String> TIER_PREFIXES = List.of("可能相同，请确认：", "名称高度相近：");

    public boolean maybe() {
        return tier == Tier.MAYBE;
    }

    public String tierLabel() {
        return tier.label();
    }

    /**
     * The matcher's reasons one by one as the requester reads them (同义词 matched, 单位可换算, a
     * qualifier the other name leaves out, the 指标库 indicator both name …). For a 可能相同 pair the
     * rules' objection is worded as the doubt it is, not as a verdict.
     */
    @JsonProperty("reasons")
    public List<String> reasons() {
        String text = reason;
        for (String prefix : TIER_PREFIXES) {
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
            }
        }
        return Arrays.stream(text.split("；")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> tier == Tier.MAYBE ? asDoubt(s) : s).toList();
    }

    private static String asDoubt(String reason) {
        if (reason.startsWith("指标主体不同：")) {
            return "名称主体相近但不完全相同：" + reason.substring("指标主体不同：".length()).replace(" vs ", " 与 ");
        }
        if (reason.startsWith("口径不同：")) {
            return "口径可能不同：" + reason.substring("口径不同：".length()).replace(" vs ", " 与 ");
        }
        if (reason.startsWith("指标库不同指标：")) {
            return "指标库分列为两个指标：" + reason.substring("指标库不同指标：".length()).replace(" vs ", " 与 ");
        }
        return reason;
    }
}
