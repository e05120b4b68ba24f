package org.jianfu.indicators.matching;

import java.util.List;

/** Names of the scorer's features, in the order {@code FieldComparison.features} returns them. */
public final class PairFeatures {

    public static final List<String> NAMES = List.of("bias", "rules_same", "registry_listed_together",
            "registry_listed_apart", "unit_clash", "qualifier_clash", "name_bigram_dice", "head_bigram_dice",
            "head_contains_other", "head_length_gap", "same_dimension",
            "head_words_inserted");

    private PairFeatures() {
    }
}
