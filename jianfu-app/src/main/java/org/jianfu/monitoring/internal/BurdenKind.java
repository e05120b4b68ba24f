package org.jianfu.monitoring.internal;

/**
 * The kinds of burden that land on a grassroots unit. {@code measure} is what a fact's second number
 * counts for the kind: characters of a document, hours of a meeting or travel, fields of a form.
 */
public enum BurdenKind {
    DOCUMENT("公文", "字"),
    MEETING("会议", "小时"),
    TRAVEL("参会往返", "小时"),
    INSPECTION("督查检查", ""),
    FORM("填表报数", "字段"),
    PAPER_TRAIL("留痕要求", ""),
    OFF_LIST_TASK("清单外事项", "");

    private final String label;
    private final String measureUnit;

    BurdenKind(String label, String measureUnit) {
        this.label = label;
        this.measureUnit = measureUnit;
    }

    /** Public: SpEL calls only public methods, and the monitoring page's templates name label(). */
    public String label() {
        return label;
    }

    String measureUnit() {
        return measureUnit;
    }
}
