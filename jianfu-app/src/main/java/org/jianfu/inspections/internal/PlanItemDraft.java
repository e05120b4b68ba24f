package org.jianfu.inspections.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** One item of an annual inspection plan as the department writes it. */
public record PlanItemDraft(@NotBlank String title, String purpose, boolean comprehensive,
                            @NotEmpty List<Long> targetUnitIds, @NotNull LocalDate windowFrom,
                            @NotNull LocalDate windowTo, String method, String materials, boolean onSite) {
}
