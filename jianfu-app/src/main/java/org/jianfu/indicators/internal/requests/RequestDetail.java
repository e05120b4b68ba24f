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
}
