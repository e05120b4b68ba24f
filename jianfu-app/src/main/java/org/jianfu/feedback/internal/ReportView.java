package org.jianfu.feedback.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as the API shows it. {@code authorArea} (the author's county) is shown to the 减负办
 * only: the causing unit and the author see null.
 */
record ReportView(String id, String publicCode, String category, String categoryLabel, long causingUnitId,
                  String causingUnit, String authorArea, LocalDate week, String body, String status,
                  String statusLabel, String result, boolean hasAttachment, List<Step> steps) {

    record Step(String kind, String label, String unit, String body, LocalDate week) {
    }

    static ReportView of(Report r, List<ReportEntry> entries, boolean showArea) {
        return new ReportView(r.id().toString(), r.publicCode(), r.category().name(), r.category().label(),
                r.causingUnitId(), r.causingUnitName(), showArea ? r.authorAreaName() : null, r.reportedWeek(), r.body(),
                r.status().name(), r.status().label(), r.result(), r.hasAttachment(),
                entries.stream().map(e -> new Step(e.kind(), e.label(), e.unitName(), e.body(), e.week())).toList());
    }
}
