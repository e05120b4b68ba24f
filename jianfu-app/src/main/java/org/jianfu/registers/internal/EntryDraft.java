package org.jianfu.registers.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.registers.RegisterKind;

/**
 * A new register entry as the owning unit asks for it; the reason is mandatory.
 *
 * @param counterpartUnitIds for a secondment exactly one: the unit the cadre comes from
 */
public record EntryDraft(@NotNull RegisterKind kind, @NotBlank String title, String reason,
                         List<Long> counterpartUnitIds, int year, String personName, LocalDate startsOn,
                         LocalDate endsOn) {

    public List<Long> counterparts() {
        return counterpartUnitIds == null ? List.of() : counterpartUnitIds.stream().distinct().toList();
    }
}
