package org.jianfu.documents.internal;

/** 行文方向, derived from the addressees: downward documents count against the issuing quota. */
public enum Direction {
    DOWNWARD("下行文"),
    UPWARD("上行文"),
    LATERAL("平行文");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
