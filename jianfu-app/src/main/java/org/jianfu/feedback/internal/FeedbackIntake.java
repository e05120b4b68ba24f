package org.jianfu.feedback.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's side: submit a report, follow it up with the one-time secret. The author's account
 * is used for one thing only, the daily counter; nothing about the author is written with the report,
 * logged or sent to the audit log.
 */
@Service
class FeedbackIntake {

    private static final String NO_SUCH_REPORT = "查询码或密钥不正确";

    private final ReportRepository reports;
    private final Organization organization;
    private final DailyLimit dailyLimit;
    private final SecretCheck secrets = new SecretCheck(new BCryptPasswordEncoder(10));

    private final Clock clock;

    FeedbackIntake(ReportRepository reports, Organization organization, DailyLimit dailyLimit, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.organization = organization;
        this.dailyLimit = dailyLimit;
    }

    /** Units an author may name as the cause: those of the author's own division and every division above. */
    List<CausingUnits> causingUnitChoices(Actor author) {
        List<CausingUnits> groups = new ArrayList<>();
        for (Division d : organization.ancestry(author.divisionCode()).reversed()) {
            groups.add(new CausingUnits(d.name(), organization.unitsOf(d.code())));
        }
        return groups;
    }

    record CausingUnits(String divisionName, List<Unit> units) {
    }

    @Transactional
    OneTimeSecret submit(Actor author, FeedbackSubmission submission, byte[] attachment) {
        Unit causing = organization.unit(submission.causingUnitId())
                .orElseThrow(() -> new RuleViolationException("请选择造成负担的单位。"));
        // the form offers the units of the author's own division and those above: the server holds to it,
        // or a report naming a far-away unit would stand out (and the chain tells little about the author)
        if (causingUnitChoices(author).stream().flatMap(g -> g.units().stream()).noneMatch(u -> u.id() == causing.id())) {
            throw new RuleViolationException("只能反映本级或上级单位造成的负担，请从列表中选择。");
        }
        String body = submission.body() == null ? "" : submission.body().strip();
        if (body.length() < 10 || body.length() > 2000) {
            throw new RuleViolationException("反映内容请写 10 至 2000 字。");
        }
        AttachmentImage image = attachment == null || attachment.length == 0 ? null : AttachmentImage.sanitise(attachment);
        dailyLimit.count(author.accountId());
        try {
            OneTimeSecret secret = OneTimeSecret.generate();
            UUID id = UUID.randomUUID();
            reports.insert(id, secret.publicCode(), secrets.hash(OneTimeSecret.normalise(secret.secret())),
                    submission.category(), causing, Areas.countyOrAbove(causing.divisionPath()),
                    Areas.countyOrAbove(author.divisionPath()), AnonymousTime.thisWeek(clock), body);
            if (image != null) {
                reports.insertAttachment(id, image);
            }
            return secret;
        } catch (RuntimeException notStored) {
            dailyLimit.uncount(author.accountId());
            throw notStored;
        }
    }

    /** The report behind a code and secret; a wrong code and a wrong secret look the same. */
    @Transactional(readOnly = true)
    Report followUp(String publicCode, String secret) {
        return unlock(publicCode, secret);
    }

    @Transactional(readOnly = true)
    List<ReportEntry> entries(Report report) {
        return reports.entries(report.id());
    }

    @Transactional
    Report addNote(String publicCode, String secret, String note) {
        Report report = unlock(publicCode, secret);
        if (report.status() == ReportStatus.CLOSED) {
            throw new RuleViolationException("该反映已办结，不能再补充。");
        }
        String body = note == null ? "" : note.strip();
        if (body.isEmpty() || body.length() > 2000) {
            throw new RuleViolationException("补充内容请写 1 至 2000 字。");
        }
        reports.addEntry(report.id(), "AUTHOR_NOTE", null, body, AnonymousTime.thisWeek(clock));
        return report;
    }

    private Report unlock(String publicCode, String secret) {
        String code = OneTimeSecret.normalise(publicCode);
        String key = code.length() == 12 && code.startsWith("FK") ? "FK-" + code.substring(2, 7) + "-" + code.substring(7) : "";
        var locked = reports.byPublicCode(key);
        if (!secrets.matches(OneTimeSecret.normalise(secret), locked.map(l -> l.secretHash()))) {
            throw new NotFoundException(NO_SUCH_REPORT);
        }
        return locked.orElseThrow().report();
    }
}
