package org.jianfu.documents.internal;

/** 紧急程度. */
public enum Urgency {
    NORMAL("平件"),
    URGENT("加急"),
    VERY_URGENT("特急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
