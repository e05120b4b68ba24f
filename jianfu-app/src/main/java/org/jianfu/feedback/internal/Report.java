package org.jianfu.feedback.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jianfu.feedback.FeedbackCategory;

/** One anonymous report as stored: nothing in it names or locates its author below county level. */
record Report(UUID id, String publicCode, FeedbackCategory category, long causingUnitId, String causingUnitName,
              String causingUnitPath, String officeDivisionCode, String authorAreaCode, String authorAreaName,
              LocalDate reportedWeek, String body, ReportStatus status, String result, LocalDate closedWeek,
              boolean hasAttachment) {
}
