package org.jianfu.indicators.internal.requests;

/** Where a data request stands: a clerk drafts, the leader approves, the 减负办 approves an explanation if needed. */
public enum RequestStatus {
    DRAFT("草稿"),
    AWAITING_LEADER("待领导审批"),
    AWAITING_BURDEN_OFFICE("待减负办审批说明"),
    SENT("已下发");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
