package org.jianfu.reuse.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jianfu.audit.AuditLog;
import org.jianfu.documents.IncomingFromOutside;
import org.jianfu.documents.UploadedText;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.text.Titles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 参照文件库: documents from outside Jianfu that drafts are checked against. The offices (办公厅/室) and
 * the 减负办 add and withdraw them; a document is readable by its owning unit (and the 减负办 above it) and by
 * the units it was addressed to. Every change reaches this node's 查重 index as soon as it commits
 * ({@link Changed}) and the other nodes' within a poll.
 */
@Service
@Transactional
class ReferenceLibrary {

    /** Offices that keep the library for their unit (besides the 减负办 and the administrator). */
    private static final Set<UnitKind> OFFICES = Set.of(UnitKind.GOVERNMENT_OFFICE, UnitKind.PARTY_OFFICE);
    static final int MAX_TEXT = 200_000;

    /** The library changed: the index should catch up once the change is committed. */
    record Changed(long referenceId) {
    }

    /** What a clerk types (or the import reads) for one document; {@code text} may come from a file instead. */
    record Entry(String title, String documentNumber, String issuingOrgan, ReferenceLevel level, LocalDate issuedOn,
                 String text, boolean shareWithArea) {
    }

    private final ReferenceRepository references;
    private final Organization organization;
    private final UploadedText uploads;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceLibrary(ReferenceRepository references, Organization organization, UploadedText uploads, AuditLog auditLog,
                     ApplicationEventPublisher events, Clock clock) {
        this.references = references;
        this.organization = organization;
        this.uploads = uploads;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** May the actor add documents to the library and withdraw its unit's (or its area's) documents? */
    boolean mayManage(Actor actor) {
        if (actor.isAdmin() || actor.role() == Role.MONITOR) {
            return true;
        }
        return actor.role() == Role.CLERK && organization.unit(actor.unitId()).map(u -> OFFICES.contains(u.kind())).orElse(false);
    }

    /** Adds a typed document, or one whose text is read from an uploaded file; returns its id. */
    long add(Actor actor, Entry entry, String fileName, byte[] file) {
        requireManager(actor);
        boolean uploaded = file != null && file.length > 0;
        String text = uploaded ? uploads.of(fileName, file) : entry.text() == null ? "" : entry.text().strip();
        if (text.isBlank()) {
            throw new RuleViolationException("请填写正文，或上传 .docx、.pdf、.txt、.md 文件");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolationException("正文不能超过 20 万字");
        }
        references.sameText(actor.unitId(), text).ifPresent(id -> {
            throw new RuleViolationException("库中已有正文相同的文件（编号 " + id + "），无需重复添加");
        });
        if (entry.issuedOn() != null && entry.issuedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("成文日期不能晚于今天");
        }
        String addressed = entry.shareWithArea() ? (actor.isAdmin() ? actor.browseRoot() : actor.divisionPath()) : null;
        long id = references.insert(new ReferenceRepository.NewReference(title(entry.title()),
                limited("文号", entry.documentNumber(), 50, false), limited("发文机关", entry.issuingOrgan(), 100, true),
                entry.level() == null ? ReferenceLevel.guess(entry.issuingOrgan()) : entry.level(), entry.issuedOn(),
                uploaded ? "UPLOADED" : "TYPED", text, actor.unitId(), addressed, null,
                uploaded ? fileName : null, actor.accountId()), clock.instant()).orElseThrow();
        auditLog.record(actor, "参照文件入库", "reference:" + id, entry.title());
        events.publishEvent(new Changed(id));
        return id;
    }

    /** Takes a document out of the 查重 corpus for good, keeping it and the reason. */
    void withdraw(Actor actor, long id, String reason) {
        requireManager(actor);
        ReferenceDocument d = readable(actor, id);
        if (!actor.mayReadUnit(d.ownerUnitId(), d.ownerPath())) {
            throw new AccessDeniedException("只能撤出本单位（或本地区）入库的参照文件");
        }
        String why = limited("撤出理由", reason, 200, true);
        if (!references.withdraw(id, actor.accountId(), why, clock.instant())) {
            throw new RuleViolationException("该文件已撤出");
        }
        auditLog.record(actor, "参照文件撤出", "reference:" + id, why);
        events.publishEvent(new Changed(id));
    }

    /** A paper (or other outside) 收文 becomes the receiving unit's reference document of the sender's level. */
    void fromIncoming(IncomingFromOutside incoming) {
        String text = incoming.text().length() > MAX_TEXT ? incoming.text().substring(0, MAX_TEXT) : incoming.text();
        references.insert(new ReferenceRepository.NewReference(incoming.title(), incoming.originalNumber(),
                incoming.issuingOrgan(), ReferenceLevel.guess(incoming.issuingOrgan()), incoming.receivedOn(), "INCOMING",
                text, incoming.unitId(), null, incoming.incomingId(), null, incoming.registeredBy()), clock.instant())
                .ifPresent(id -> events.publishEvent(new Changed(id)));
    }

    @Transactional(readOnly = true)
    List<ReferenceDocument> list(Actor actor, String words, ReferenceLevel level, boolean withdrawn) {
        return references.readable(actor, words, level, withdrawn, 200);
    }

    /** The document if the actor may read it; "not found" otherwise, so probing ids reveals nothing. */
    @Transactional(readOnly = true)
    ReferenceDocument readable(Actor actor, long id) {
        return references.find(id).filter(d -> mayRead(actor, d))
                .orElseThrow(() -> new NotFoundException("参照文件不存在: " + id));
    }

    @Transactional(readOnly = true)
    boolean mayRead(Actor actor, long id) {
        return references.find(id).map(d -> mayRead(actor, d)).orElse(false);
    }

    static boolean mayRead(Actor actor, ReferenceDocument d) {
        return actor.mayReadUnit(d.ownerUnitId(), d.ownerPath()) || d.addressedTo(actor.divisionPath());
    }

    /** May the people of a unit read it (the gate names a source to a drafting unit only then)? */
    static boolean unitMayRead(Unit unit, ReferenceDocument d) {
        return unit.id() == d.ownerUnitId() || d.addressedTo(unit.divisionPath());
    }

    private void requireManager(Actor actor) {
        if (!mayManage(actor)) {
            throw new AccessDeniedException("参照文件库由办公厅（室）和减负办维护");
        }
    }

    private static String title(String title) {
        String t = Titles.checked("标题", title == null ? "" : title.strip());
        if (t.isBlank()) {
            throw new RuleViolationException("请填写标题");
        }
        return t;
    }

    private static String limited(String what, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new RuleViolationException("请填写" + what);
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw new RuleViolationException(what + "不能超过 " + max + " 个字");
        }
        return v.isEmpty() ? null : v;
    }
}
