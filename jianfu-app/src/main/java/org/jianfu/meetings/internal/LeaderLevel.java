package org.jianfu.meetings.internal;

/** Who calls a meeting and whom the invited units must send. */
public enum LeaderLevel {
    PRINCIPAL("主要负责同志"),
    DEPUTY("分管负责同志"),
    STAFF("具体工作人员");

    private final String label;

    LeaderLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
