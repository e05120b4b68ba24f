package org.jianfu.feedback.internal;

/** Where a report stands; the 减负办 moves it on, the causing unit answers. */
enum ReportStatus {
    SUBMITTED("待处理"),
    ASKED("待责任单位回应"),
    RESPONDED("责任单位已回应"),
    CLOSED("已办结");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
