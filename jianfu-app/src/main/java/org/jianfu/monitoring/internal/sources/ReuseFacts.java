package org.jianfu.monitoring.internal.sources;

/**
 * HOOK for 查重 (照抄照搬率). The reuse module will publish its results later; when it does, add here
 *
 * <pre>
 * &#64;ApplicationModuleListener
 * void on(org.jianfu.reuse.ReuseChecked checked) {   // name as published by reuse
 *     facts.recordCopyCheck(organization.unit(checked.issuingUnitId()).orElseThrow(),
 *             BurdenFacts.monthOf(checked.checkedAt()), checked.copied());
 * }
 * </pre>
 *
 * {@code BurdenFacts.recordCopyCheck} fills {@code monitoring.copy_check_month}; the dashboard's
 * 照抄照搬率 table and chart read it and show 暂无数据 while it is empty.
 */
final class ReuseFacts {

    private ReuseFacts() {
    }
}
