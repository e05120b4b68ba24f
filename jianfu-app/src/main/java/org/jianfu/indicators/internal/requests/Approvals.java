package org.jianfu.indicators.internal.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.notifications.Notifications;
import org.jianfu.organization.ApprovalPolicy;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leader's approval, the 减负办's decision on an explanation, returning, and the one reminder. */
@Service
public class Approvals {

    private final Clock clock;
    private final RequestRepository requests;
    private final RequestAccess access;
    private final Sending sending;
    private final Notifications notifications;
    private final ApprovalPolicy policy;

    private final AuditLog audit;

    Approvals(RequestRepository requests, RequestAccess access, Sending sending, Notifications notifications,
              ApprovalPolicy policy, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.requests = requests;
        this.access = access;
        this.sending = sending;
        this.notifications = notifications;
    }

    @Transactional
    public void approve(Actor actor, long requestId) {
        DataRequest request = access.own(actor, requestId);
        if (actor.role() != Role.LEADER) {
            throw new AccessDeniedException("只有单位领导可以审批");
        }
        policy.requireNotOwn(actor, ApprovalPolicy.Matter.DATA_REQUEST, request.draftedBy());
        expect(request, RequestStatus.AWAITING_LEADER);
        requests.jdbc().sql("update indicators.data_request set approved_by = ? where id = ?")
                .params(actor.accountId(), requestId).update();
        audit.record(actor, "领导审批数据填报任务", "data-request:" + requestId, "");
        if (request.gateReason() != null) {
            requests.setStatus(requestId, RequestStatus.AWAITING_BURDEN_OFFICE);
        } else {
            sending.send(requestId);
        }
    }

    @Transactional
    public void approveExplanation(Actor actor, long requestId) {
        DataRequest request = access.readable(actor, requestId);
        if (!access.decidesExplanation(actor, request)) {
            throw new AccessDeniedException("只有本级或上一级减负办可以审批说明");
        }
        expect(request, RequestStatus.AWAITING_BURDEN_OFFICE);
        requests.jdbc().sql("update indicators.data_request set explanation_approved_by = ? where id = ?")
                .params(actor.accountId(), requestId).update();
        audit.record(actor, "减负办批准数据填报任务说明", "data-request:" + requestId, "");
        sending.send(requestId);
    }

    /** Back to the clerk: by the leader before approval, or by the 减负办 instead of approving the explanation. */
    @Transactional
    public void sendBack(Actor actor, long requestId, String note) {
        DataRequest request = access.readable(actor, requestId);
        boolean leader = request.status() == RequestStatus.AWAITING_LEADER && access.approvesAsLeader(actor, request);
        boolean office = request.status() == RequestStatus.AWAITING_BURDEN_OFFICE
                && access.decidesExplanation(actor, request);
        if (!leader && !office) {
            throw new AccessDeniedException("当前账号不能退回该任务");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolationException("请写明退回原因");
        }
        requests.jdbc().sql("update indicators.data_request set status = 'DRAFT', return_note = ? where id = ?")
                .params(note.strip(), requestId).update();
        audit.record(actor, "退回数据填报任务", "data-request:" + requestId, note.strip());
    }

    /** At most one reminder per request, to the units that have not submitted: no chasing (指尖上的形式主义). */
    @Transactional
    public void remind(Actor actor, long requestId) {
        DataRequest request = access.own(actor, requestId);
        expect(request, RequestStatus.SENT);
        int changed = requests.jdbc().sql("""
                update indicators.data_request set reminded_at = ? where id = ? and reminded_at is null""")
                .params(now(), requestId).update();
        if (changed == 0) {
            throw new RuleViolationException("每个填报任务只能提醒一次，已提醒过");
        }
        List<Long> open = requests.jdbc().sql("""
                select unit_id from indicators.request_target where request_id = ? and submitted_at is null""")
                .param(requestId).query(Long.class).list();
        String text = request.requesterName() + "「" + request.title() + "」请于 " + request.deadline() + " 前填报";
        String href = "/indicators/forms/" + request.formMonth();
        open.forEach(unitId -> notifications.remindUnit(unitId, null, "data-request:" + requestId, text, href));
    }

    private static void expect(DataRequest request, RequestStatus status) {
        if (request.status() != status) {
            throw new RuleViolationException("任务当前状态为「" + request.status().label() + "」，不能进行此操作");
        }
    }

    /** "Now" by the application's {@link Clock}, not the database server's. */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
