package org.jianfu.documents.internal;

/**
 * 文种. {@code upwardOnly}: 请示 and 报告 go to higher organs; {@code directive}: kinds that direct
 * the addressee (通知, 意见, 决定, 方案), which may not go upward and which departments and
 * 议事协调机构 may not send to lower 党委/政府 (2024 rules).
 */
public enum DocumentKind {
    NOTICE("通知", false, true),
    OPINION("意见", false, true),
    DECISION("决定", false, true),
    PLAN("方案", false, true),
    REPORT("报告", true, false),
    REQUEST("请示", true, false),
    LETTER("函", false, false),
    MINUTES("纪要", false, false);

    private final String label;
    private final boolean upwardOnly;
    private final boolean directive;

    DocumentKind(String label, boolean upwardOnly, boolean directive) {
        this.label = label;
        this.upwardOnly = upwardOnly;
        this.directive = directive;
    }

    public String label() {
        return label;
    }

    public boolean upwardOnly() {
        return upwardOnly;
    }

    public boolean directive() {
        return directive;
    }
}
