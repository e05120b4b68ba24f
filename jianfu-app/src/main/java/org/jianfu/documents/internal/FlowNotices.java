package org.jianfu.documents.internal;

import org.jianfu.notifications.Notifications;
import org.jianfu.platform.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whoever a document now waits on hears of it: 送核稿 → the unit's leaders, 待会签 → the party units, 待签发 →
 * the leaders, 已签发请印发 → the drafter, 退回 and a decided 超限说明 → the drafter. The 待办 list shows the same
 * work; this reaches people who are not looking at it. 退回 and 特急/加急 documents are urgent (sent out at once).
 */
@Component
class FlowNotices {

    private final DocumentRepository documents;
    private final Countersigns countersigns;
    private final Notifications notifications;

    FlowNotices(DocumentRepository documents, Countersigns countersigns, Notifications notifications) {
        this.documents = documents;
        this.countersigns = countersigns;
        this.notifications = notifications;
    }

    @EventListener
    void on(TransitionLog.Recorded step) {
        Document d = documents.find(step.documentId()).orElse(null);
        if (d == null) {
            return;
        }
        String title = "《" + d.title() + "》";
        String href = "/documents/" + d.id();
        boolean urgent = d.urgency() != Urgency.NORMAL;
        String key = "document:" + d.id() + ":" + step.action().name();
        switch (step.action()) {
            case SUBMIT -> notifications.remindUnit(d.issuingUnitId(), Role.LEADER, key, title + "送核稿，请核稿", href);
            case PASS_REVIEW, COUNTERSIGN -> {
                if (step.to() == DocumentState.COUNTERSIGN) {
                    countersigns.of(d.id()).stream().filter(p -> countersigns.turnOf(d.id(), p.unitId())).forEach(p -> {
                        notifications.remindUnit(p.unitId(), Role.LEADER, key, title + "待会签", href);
                        notifications.remindUnit(p.unitId(), Role.CLERK, key, title + "待会签", href);
                    });
                } else if (step.to() == DocumentState.SIGNING) {
                    notifications.remindUnit(d.issuingUnitId(), Role.LEADER, key, title + "待签发", href);
                }
            }
            case SIGN -> notifications.remind(d.draftedBy(), key, title + "已签发，请印发", href, urgent);
            case RETURN -> notifications.remind(d.draftedBy(), key, title + "被退回：" + step.comment(), href, true);
            case APPROVE_EXPLANATION -> notifications.remind(d.draftedBy(), key, title + "超限说明已批准，可继续签发", href, urgent);
            case REFUSE_EXPLANATION -> notifications.remind(d.draftedBy(), key, title + "超限说明未获批准：" + step.comment(), href, true);
            default -> {
            }
        }
    }
}
