package org.jianfu.vehicles.internal;

/** Where a car request stands; {@link #label} is what the phone shows. */
enum CarRequestState {
    SUBMITTED("待审批"),
    APPROVED("待派车"),
    REJECTED("未批准"),
    DISPATCHED("已派车"),
    RETURNED("已还车"),
    CANCELLED("已撤回");

    private final String label;

    CarRequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still occupies the requester's time slot (a second request for it would be a duplicate). */
    boolean open() {
        return this == SUBMITTED || this == APPROVED || this == DISPATCHED;
    }
}
