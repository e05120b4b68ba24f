package org.jianfu.documents.internal.web;

import java.util.List;
import org.jianfu.documents.internal.DocumentFlow;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;

/** The flow's steps by their URL names, shared by the page and the JSON controller. */
final class FlowSteps {

    private FlowSteps() {
    }

    static void run(DocumentFlow flow, Actor actor, long documentId, String step, String comment) {
        run(flow, actor, documentId, step, comment, List.of(), false);
    }

    /** {@code countersignUnitIds} and {@code inOrder}: the peer units 核稿 sends the draft to for 会签. */
    static void run(DocumentFlow flow, Actor actor, long documentId, String step, String comment,
                    List<Long> countersignUnitIds, boolean inOrder) {
        switch (step) {
            case "submit" -> flow.submit(actor, documentId);
            case "pass-review" -> flow.passReview(actor, documentId, comment, countersignUnitIds, inOrder);
            case "countersign" -> flow.countersign(actor, documentId, comment);
            case "sign" -> flow.sign(actor, documentId, comment);
            case "issue" -> flow.issue(actor, documentId);
            case "return" -> flow.sendBack(actor, documentId, comment);
            case "recall" -> flow.recall(actor, documentId, comment);
            default -> throw new RuleViolationException("未知操作: " + step);
        }
    }
}
