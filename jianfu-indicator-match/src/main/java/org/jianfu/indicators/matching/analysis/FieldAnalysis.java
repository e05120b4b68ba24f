package org.jianfu.indicators.matching.analysis;

import java.util.List;
import java.util.Map;

/**
 * A field name taken apart: the head words left after synonyms, qualifiers and counting suffixes
 * are resolved ({@code core}), the qualifier on each contrast axis, what the number measures, and
 * the unit from brackets if any. {@code dimension} and {@code unit} may be null (not stated).
 */
public record FieldAnalysis(
        String raw,
        String normalised,
        String core,
        Map<ContrastAxis, Qualifier> qualifiers,
        Dimension dimension,
        UnitOfMeasure unit,
        List<SynonymUse> synonyms) {

    public FieldAnalysis {
        qualifiers = Map.copyOf(qualifiers);
        synonyms = List.copyOf(synonyms);
    }

    /** Core plus qualifiers: equal signatures name the same indicator (units aside). */
    public String signature() {
        var builder = new StringBuilder(core);
        for (ContrastAxis axis : ContrastAxis.values()) {
            Qualifier qualifier = qualifiers.get(axis);
            if (qualifier != null) {
                builder.append('|').append(axis.name()).append('=').append(qualifier.value());
            }
        }
        return builder.toString();
    }

    /**
     * The signature without the qualifiers an unqualified name means anyway (本年, 年末, 存栏,
     * 实际): 全年出栏生猪 and 年末果园面积 land on the registry's 生猪出栏 and 果园面积.
     */
    public String plainSignature() {
        var builder = new StringBuilder(core);
        for (ContrastAxis axis : ContrastAxis.values()) {
            Qualifier qualifier = qualifiers.get(axis);
            if (qualifier != null && !(axis != ContrastAxis.SETTLEMENT && axis.unstatedMayMean(qualifier.value()))) {
                builder.append('|').append(axis.name()).append('=').append(qualifier.value());
            }
        }
        return builder.toString();
    }
}
