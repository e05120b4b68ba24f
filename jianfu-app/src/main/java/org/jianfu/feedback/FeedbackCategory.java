package org.jianfu.feedback;

/** What kind of burden a report is about; {@link #label} is what the UI shows. */
public enum FeedbackCategory {
    PAPERWORK("文山"),
    MEETINGS("会海"),
    INSPECTIONS("督查检查"),
    FORMS("填表报数"),
    PAPER_TRAIL("留痕"),
    APPS_AND_GROUPS("政务App/工作群"),
    SECONDMENT("借调"),
    OTHER("其他");

    private final String label;

    FeedbackCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
