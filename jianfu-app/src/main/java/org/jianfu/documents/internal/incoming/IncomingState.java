package org.jianfu.documents.internal.incoming;

/** Where a received document is in 收文办理. */
public enum IncomingState {
    REGISTERED("已登记"),
    PROPOSED("待批办"),
    HANDLING("办理中"),
    CLOSED("已办结");

    private final String label;

    IncomingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
