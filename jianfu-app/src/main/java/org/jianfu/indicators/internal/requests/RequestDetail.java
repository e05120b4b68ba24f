package org.jianfu.indicators.internal.requests;

import java.util.List;

/** Everything the request page shows: fields with duplicate warnings, the gate, progress and allowed actions. */
public record RequestDetail(DataRequest request, List<FieldCheck> checks, ExplanationGate.Verdict verdict,
                            long targets, long submitted, boolean mayEdit, boolean mayApprove, boolean mayDecide,
                            boolean mayRemind) {

    public long duplicatesAsked() {
        return checks.stream().filter(FieldCheck::duplicateAsked).count();
    }
}
