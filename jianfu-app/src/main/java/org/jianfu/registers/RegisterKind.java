package org.jianfu.registers;

/** The four registers of burdens imposed on lower levels. */
public enum RegisterKind {
    PLEDGE("责任书/责任状"),
    VETO("一票否决事项"),
    DEMONSTRATION("创建示范/评比活动"),
    SECONDMENT("借调基层干部");

    private final String label;

    RegisterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
