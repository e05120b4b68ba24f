package org.jianfu.indicators.internal.requests;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.jianfu.indicators.matching.Tier;

/**
 * A drafted field with the registry indicator it names (if any), the requests already asking for it
 * ({@code duplicates}, 同一指标), those that may be asking for it ({@code maybes}, 可能相同, each to be
 * confirmed or rejected by the requester) and the requester's answers so far.
 */
public record FieldCheck(RequestField field, Duplicate registryMatch, List<Duplicate> duplicates, List<Duplicate> maybes,
                         List<Confirmation> answers) {

    public FieldCheck {
        duplicates = List.copyOf(duplicates);
        maybes = List.copyOf(maybes);
        answers = List.copyOf(answers);
    }

    /** Asked again although someone already collects it. */
    public boolean duplicateAsked() {
        return !field.reused() && !duplicates.isEmpty();
    }

    /** The strongest answer of the matcher for this field: 同一指标, 可能相同 or 不同. */
    @JsonProperty("tier")
    public Tier tier() {
        return !duplicates.isEmpty() ? Tier.SAME : !maybes.isEmpty() ? Tier.MAYBE : Tier.DIFFERENT;
    }

    /** The requester's answer about {@code maybe}, if given; {@code null} when not (for the page). */
    public Confirmation answerTo(Duplicate maybe) {
        return answer(maybe.field()).orElse(null);
    }

    Optional<Confirmation> answer(String matchedName) {
        return answers.stream().filter(a -> a.matchedName().equals(matchedName)).findFirst();
    }

    /** 可能相同 pairs still waiting for the requester; none once the field is read from shared data. */
    @JsonProperty("unanswered")
    public List<Duplicate> unanswered() {
        if (field.reused()) {
            return List.of();
        }
        return maybes.stream().filter(m -> answer(m.field()).isEmpty()).toList();
    }
}
