package org.jianfu.identity.internal.delegation;

/** What a leader delegates: 签发 of 公文, the unit-leader 审批 (用车, 填报任务), or both. */
public enum DelegationScope {
    SIGNING("签发"),
    APPROVAL("审批"),
    ALL("签发和审批");

    private final String label;

    DelegationScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
