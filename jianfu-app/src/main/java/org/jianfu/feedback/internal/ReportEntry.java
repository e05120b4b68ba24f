package org.jianfu.feedback.internal;

import java.time.LocalDate;

/** One step of the conversation on a report; {@code unitName} is null for the author's notes. */
record ReportEntry(String kind, String unitName, String body, LocalDate week) {

    /** Public: the follow-up page's SpEL cannot call a package-private method (it answered 500). */
    public String label() {
        return switch (kind) {
            case "ASKED" -> "减负办转责任单位";
            case "RESPONDED" -> "责任单位回应";
            case "AUTHOR_NOTE" -> "反映人补充";
            case "OFFICE_NOTE" -> "减负办备注";
            case "CLOSED" -> "办结";
            default -> kind;
        };
    }
}
