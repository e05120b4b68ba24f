package org.jianfu.indicators.internal.requests;

import java.util.List;

/**
 * Everything the request page shows: fields with duplicate warnings, the gate, progress and allowed actions.
 *
 * @param recipients the target area as a person reads it, e.g. 靖远路街道各村（社区）
 * @param targets    the units it went to; before it is sent, the units it will go to
 */
public record RequestDetail(DataRequest request, List<FieldCheck> checks, ExplanationGate.Verdict verdict,
                            String recipients, long targets, long submitted, boolean mayEdit, boolean mayApprove, boolean mayDecide,
                            boolean mayRemind) {

    public long duplicatesAsked() {
        return checks.stream().filter(FieldCheck::duplicateAsked).count();
    }

    /** Fields with a 可能相同 pair the requester has not yet confirmed or rejected; they block submission. */
    public List<String> unconfirmed() {
        return unconfirmed(checks);
    }

    public String unconfirmedText() {
        return unconfirmedText(unconfirmed());
    }

    static List<String> unconfirmed(List<FieldCheck> checks) {
        return checks.stream().filter(c -> !c.unanswered().isEmpty()).map(c -> c.field().name()).toList();
    }

    static String unconfirmedText(List<String> fields) {
        return fields.isEmpty() ? "" : "字段「" + String.join("」「", fields)
                + "」与其他部门已采集的数据可能相同，请先逐项确认「是同一指标」或「不是同一指标」后再提交";
    }
}
