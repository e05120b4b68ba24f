package org.jianfu.meetings.internal.plan;

/** How a unit's yearly meeting quota follows from history. */
public enum PlanRule {
    CUT_VS_BASE("较基准年压减"),
    NOT_ABOVE_LAST_YEAR("只减不增（不超过上年）");

    private final String label;

    PlanRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The quota for a baseline count: −X % (rounded down) or the same as last year. */
    public int quota(int baseline, int cutPercent) {
        return this == CUT_VS_BASE ? baseline * (100 - cutPercent) / 100 : baseline;
    }
}
