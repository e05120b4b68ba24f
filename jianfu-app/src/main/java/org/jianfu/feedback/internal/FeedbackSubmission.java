package org.jianfu.feedback.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jianfu.feedback.FeedbackCategory;

/** What an author sends: no field about the author. */
record FeedbackSubmission(@NotNull FeedbackCategory category, @NotNull Long causingUnitId,
                          @NotNull @Size(min = 10, max = 2000) String body) {
}
