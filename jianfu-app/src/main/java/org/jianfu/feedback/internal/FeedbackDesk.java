package org.jianfu.feedback.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official side of a report: the 减负办 of the causing unit's division chain triages, asks the
 * causing unit, closes with a result; the causing unit's clerk or leader answers when asked. Every
 * read and write checks scope here; a report out of scope is "not found".
 */
@Service
class FeedbackDesk {

    private final ReportRepository reports;
    private final AuditLog audit;

    private final Clock clock;

    FeedbackDesk(ReportRepository reports, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.audit = audit;
    }

    /** For a 减负办: reports about units in its subtree; for a clerk or leader: those its unit was asked about. */
    @Transactional(readOnly = true)
    List<Report> list(Actor actor, ReportStatus status) {
        if (actor.isAdmin() || actor.role() == Role.MONITOR) {
            return reports.inSubtree(actor.browseRoot(), status, 500);
        }
        if (status != null) {
            return status == ReportStatus.SUBMITTED ? List.of() : reports.ofCausingUnit(actor.unitId(), status);
        }
        return java.util.stream.Stream.of(ReportStatus.ASKED, ReportStatus.RESPONDED, ReportStatus.CLOSED)
                .flatMap(s -> reports.ofCausingUnit(actor.unitId(), s).stream()).toList();
    }

    @Transactional(readOnly = true)
    Report report(Actor actor, UUID id) {
        Report report = reports.byId(id).orElseThrow(FeedbackDesk::notFound);
        if (!mayTriage(actor, report) && !isAsked(actor, report)) {
            throw notFound();
        }
        return report;
    }

    @Transactional(readOnly = true)
    List<ReportEntry> entries(Actor actor, UUID id) {
        return reports.entries(report(actor, id).id());
    }

    @Transactional(readOnly = true)
    AttachmentImage attachment(Actor actor, UUID id) {
        return reports.attachment(report(actor, id).id()).orElseThrow(FeedbackDesk::notFound);
    }

    @Transactional
    void ask(Actor actor, UUID id, String question) {
        Report report = triageable(actor, id);
        if (report.status() == ReportStatus.CLOSED || report.status() == ReportStatus.ASKED) {
            throw new RuleViolationException("该反映当前状态（" + report.status().label() + "）不能转责任单位。");
        }
        reports.addEntry(id, "ASKED", actor.unitId(), required(question, "请写明请责任单位说明或整改的内容。"),
                AnonymousTime.thisWeek(clock));
        reports.move(id, ReportStatus.ASKED, null, null);
        audit.record(actor, "减负观察点：转责任单位", "feedback:" + id, "");
    }

    @Transactional
    void respond(Actor actor, UUID id, String answer) {
        Report report = report(actor, id);
        if (!isAsked(actor, report) || report.status() != ReportStatus.ASKED) {
            throw new RuleViolationException("只有被要求回应的责任单位可以回应。");
        }
        reports.addEntry(id, "RESPONDED", actor.unitId(), required(answer, "请填写回应内容。"), AnonymousTime.thisWeek(clock));
        reports.move(id, ReportStatus.RESPONDED, null, null);
        audit.record(actor, "减负观察点：责任单位回应", "feedback:" + id, "");
    }

    @Transactional
    void close(Actor actor, UUID id, String result) {
        Report report = triageable(actor, id);
        if (report.status() == ReportStatus.CLOSED) {
            throw new RuleViolationException("该反映已办结。");
        }
        String text = required(result, "请填写办理结果。");
        reports.addEntry(id, "CLOSED", actor.unitId(), text, AnonymousTime.thisWeek(clock));
        reports.move(id, ReportStatus.CLOSED, text, AnonymousTime.thisWeek(clock));
        audit.record(actor, "减负观察点：办结", "feedback:" + id, "");
    }

    boolean mayTriage(Actor actor, Report report) {
        return actor.monitors(report.causingUnitPath());
    }

    private static boolean isAsked(Actor actor, Report report) {
        return (actor.role() == Role.CLERK || actor.role() == Role.LEADER) && actor.unitId() == report.causingUnitId()
                && report.status() != ReportStatus.SUBMITTED;
    }

    private Report triageable(Actor actor, UUID id) {
        Report report = report(actor, id);
        if (!mayTriage(actor, report)) {
            throw new RuleViolationException("只有减负办可以处理该反映。");
        }
        return report;
    }

    private static String required(String text, String message) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 2000) {
            throw new RuleViolationException(message);
        }
        return t;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("反映不存在或不在本账号范围内");
    }
}
