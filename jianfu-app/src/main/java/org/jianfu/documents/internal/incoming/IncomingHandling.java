package org.jianfu.documents.internal.incoming;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jianfu.documents.internal.Beijing;
import org.jianfu.documents.internal.Opinions;
import org.jianfu.documents.IncomingFromOutside;
import org.jianfu.documents.internal.attachments.DraftText;
import org.jianfu.documents.internal.attachments.UploadRules;
import org.jianfu.documents.internal.inbox.ReceiptRepository;
import org.jianfu.documents.internal.inbox.Receipts;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.notifications.Notifications;
import org.jianfu.organization.WorkCalendar;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.text.Titles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 收文办理: 登记 (paper, with a scan; electronic ones arrive registered), 拟办 by the office clerk, 批办 by a
 * leader, 传阅 with 阅示, 承办 by named people with a deadline in working days, 转办, 催办 and 办结. Each step
 * locks the record, checks who may act, records the step with its opinion and tells whoever the work now waits on.
 */
@Service
@Transactional
public class IncomingHandling {

    private static final Set<Role> UNIT_ROLES = Set.of(Role.CLERK, Role.LEADER, Role.CADRE);

    private final IncomingRepository incoming;
    private final Accounts accounts;
    private final WorkCalendar calendar;
    private final Notifications notifications;
    private final Receipts receipts;
    private final ReceiptRepository receiptRows;
    private final UploadRules uploads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IncomingHandling(IncomingRepository incoming, Accounts accounts, WorkCalendar calendar, Notifications notifications,
                     Receipts receipts, ReceiptRepository receiptRows, Clock clock, ApplicationEventPublisher events,
                     @Value("${jianfu.documents.upload.max-bytes:20971520}") long maxBytes) {
        this.events = events;
        this.incoming = incoming;
        this.accounts = accounts;
        this.calendar = calendar;
        this.notifications = notifications;
        this.receipts = receipts;
        this.receiptRows = receiptRows;
        this.clock = clock;
        this.uploads = new UploadRules(maxBytes);
    }

    /** 批办's choices: who reads it (传阅, in parallel or in order), who does it (承办) and by when. */
    public record Instruction(String opinion, List<Long> readers, boolean inOrder, List<Long> undertakers,
                              Integer workingDays, LocalDate dueOn) {
    }

    /** The record as the unit's people see it; the administrator may read any. 404 for everyone else. */
    @Transactional(readOnly = true)
    public Incoming readable(Actor actor, long id) {
        Incoming i = incoming.find(id).orElseThrow(() -> missing(id));
        if (actor.isAdmin() || (actor.unitId() == i.unitId() && UNIT_ROLES.contains(actor.role()))) {
            return i;
        }
        throw missing(id);
    }

    /** 登记 of a paper document by the unit's office clerk, with its scan (PDF or image). Returns the new id. */
    public long registerPaper(Actor actor, PaperRegistration form, String scanName, byte[] scan) {
        requireRole(actor, Role.CLERK, "只有单位文书可以登记纸质来文");
        String title = Titles.checked("标题", form.title() == null ? "" : form.title().strip());
        if (title.isBlank()) {
            throw new RuleViolationException("请填写来文标题");
        }
        String organ = text("来文单位", form.issuingOrgan(), 100, true);
        String number = text("原文号", form.originalNumber(), 50, false);
        LocalDate today = today();
        LocalDate received = form.receivedOn() == null ? today : form.receivedOn();
        if (received.isAfter(today)) {
            throw new RuleViolationException("收文日期不能晚于今天");
        }
        String type = uploads.checkScan(scanName, scan);
        Instant now = clock.instant();
        long id = incoming.registerPaper(actor.unitId(), new PaperRegistration(title, number, organ, received,
                form.urgency() == null ? org.jianfu.documents.internal.Urgency.NORMAL : form.urgency()),
                scanName.strip(), type, scan, actor.accountId(), now);
        incoming.step(id, IncomingAction.REGISTER, actor.accountId(), ActorNames.of(actor), "纸质来文登记（附扫描件）", now);
        // 查重 keeps it in the unit's 参照文件库 without another step (documents knows nothing of 查重)
        events.publishEvent(new IncomingFromOutside(id, actor.unitId(), actor.accountId(), title, number, organ, received,
                scanText(scanName, type, scan)));
        return id;
    }

    /** The text layer of a PDF scan (a scan saved from a text PDF); an image or a bare scan has none. */
    private static String scanText(String scanName, String contentType, byte[] scan) {
        if (!contentType.equals("application/pdf")) {
            return "";
        }
        try {
            return DraftText.extract("pdf", scan, scanName);
        } catch (RuleViolationException noText) {
            return "";
        }
    }

    /** 拟办: the office clerk proposes how to handle it and sends it to a leader for 批办. */
    public void propose(Actor actor, long id, String opinion, long leaderId) {
        Incoming i = step(actor, id, IncomingState.REGISTERED);
        requireRole(actor, Role.CLERK, "拟办由单位文书（办公室）提出");
        String text = Opinions.required("拟办", opinion);
        Account leader = colleague(actor, leaderId, "批办领导");
        if (leader.role() != Role.LEADER) {
            throw new RuleViolationException(leader.displayName() + "不是本单位领导，不能批办");
        }
        Instant now = clock.instant();
        incoming.step(id, IncomingAction.PROPOSE, actor.accountId(), ActorNames.of(actor), text, now);
        long task = incoming.addTask(id, TaskKind.INSTRUCT, leader.id(), 0, null, now);
        incoming.changeState(id, IncomingState.PROPOSED);
        tell(leader.id(), task, i, "待批办");
    }

    /** 批办 by a leader of the unit: the instruction, then 传阅 and 承办 as chosen. */
    public void instruct(Actor actor, long id, Instruction how) {
        Incoming i = step(actor, id, null);
        requireRole(actor, Role.LEADER, "批办由单位领导作出");
        if (i.state() != IncomingState.REGISTERED && i.state() != IncomingState.PROPOSED) {
            throw new RuleViolationException("来文当前状态为“" + i.state().label() + "”，不能批办");
        }
        String text = Opinions.required("批办", how.opinion());
        List<Account> readers = colleagues(actor, how.readers(), "传阅人");
        List<Account> undertakers = colleagues(actor, how.undertakers(), "承办人");
        LocalDate due = undertakers.isEmpty() ? null : due(how.workingDays(), how.dueOn());
        Instant now = clock.instant();
        // the leader's own 批办 task (when the office proposed it to them) is done; another leader may instruct too
        incoming.tasks(id).stream().filter(t -> t.open() && t.kind() == TaskKind.INSTRUCT)
                .forEach(t -> incoming.finishTask(t.id(), t.assigneeId() == actor.accountId() ? text : "已由" + actor.displayName() + "批办", now));
        incoming.step(id, IncomingAction.INSTRUCT, actor.accountId(), ActorNames.of(actor), text, now);
        for (int k = 0; k < readers.size(); k++) {
            Account reader = readers.get(k);
            long task = incoming.addTask(id, TaskKind.CIRCULATE, reader.id(), how.inOrder() ? k : 0, null, now);
            if (!how.inOrder() || k == 0) {
                tell(reader.id(), task, i, "待阅示");
            }
        }
        for (Account undertaker : undertakers) {
            long task = incoming.addTask(id, TaskKind.UNDERTAKE, undertaker.id(), 0, due, now);
            tell(undertaker.id(), task, i, "待承办（" + due + " 前办结）");
        }
        incoming.changeState(id, IncomingState.HANDLING);
    }

    /** 阅示: a reader of the 传阅 writes their opinion; in-order circulation then moves to the next reader. */
    public void readAndInstruct(Actor actor, long taskId, String opinion) {
        IncomingTask t = ownOpenTask(actor, taskId, TaskKind.CIRCULATE);
        Incoming i = step(actor, t.incomingId(), IncomingState.HANDLING);
        if (incoming.openBefore(i.id(), TaskKind.CIRCULATE, t.position()) > 0) {
            throw new RuleViolationException("按顺序传阅：前一位领导阅示后才轮到您");
        }
        String text = Opinions.required("阅示", opinion);
        Instant now = clock.instant();
        incoming.finishTask(taskId, text, now);
        incoming.step(i.id(), IncomingAction.READ_INSTRUCT, actor.accountId(), ActorNames.of(actor), text, now);
        incoming.tasks(i.id()).stream()
                .filter(n -> n.open() && n.kind() == TaskKind.CIRCULATE && n.position() == t.position() + 1)
                .forEach(n -> tell(n.assigneeId(), n.id(), i, "待阅示"));
    }

    /** 承办办结: the undertaker reports the result; the last one closes the handling. */
    public void finishUndertaking(Actor actor, long taskId, String result) {
        IncomingTask t = ownOpenTask(actor, taskId, TaskKind.UNDERTAKE);
        Incoming i = step(actor, t.incomingId(), IncomingState.HANDLING);
        String text = Opinions.required("办理结果", result);
        Instant now = clock.instant();
        incoming.finishTask(taskId, text, now);
        incoming.step(i.id(), IncomingAction.FINISH, actor.accountId(), ActorNames.of(actor), text, now);
        if (incoming.openOfKind(i.id(), TaskKind.UNDERTAKE) == 0 && incoming.openOfKind(i.id(), TaskKind.CIRCULATE) == 0) {
            closeAs(actor, i, text, now);
        }
    }

    /** 转办: the undertaker (or the office clerk) hands the work to a colleague, who inherits the deadline. */
    public void transfer(Actor actor, long taskId, long toAccountId, String opinion) {
        IncomingTask t = incoming.task(taskId).orElseThrow(() -> new NotFoundException("承办事项不存在: " + taskId));
        Incoming i = step(actor, t.incomingId(), IncomingState.HANDLING);
        if (t.kind() != TaskKind.UNDERTAKE || !t.open()) {
            throw new RuleViolationException("只有未办结的承办事项可以转办");
        }
        if (t.assigneeId() != actor.accountId() && actor.role() != Role.CLERK) {
            throw new AccessDeniedException("只有承办人本人或单位文书可以转办");
        }
        String text = Opinions.required("转办", opinion);
        Account to = colleague(actor, toAccountId, "转办对象");
        if (to.id() == t.assigneeId()) {
            throw new RuleViolationException("已由" + to.displayName() + "承办，请选择其他人");
        }
        Instant now = clock.instant();
        incoming.reassign(taskId, to.id(), now);
        incoming.step(i.id(), IncomingAction.TRANSFER, actor.accountId(), ActorNames.of(actor),
                "转" + to.displayName() + "承办：" + text, now);
        tell(to.id(), taskId, i, "转办给您，待承办（" + t.dueOn() + " 前办结）");
    }

    /** 办结 by the office clerk: for documents to read and file, or once every 传阅 and 承办 is done. */
    public void close(Actor actor, long id, String result) {
        Incoming i = step(actor, id, null);
        requireRole(actor, Role.CLERK, "办结由单位文书登记");
        if (i.state() == IncomingState.CLOSED) {
            throw new RuleViolationException("来文已办结");
        }
        long open = incoming.tasks(id).stream().filter(IncomingTask::open).count();
        if (open > 0) {
            throw new RuleViolationException("尚有 " + open + " 项批办、传阅或承办未完成，不能办结");
        }
        closeAs(actor, i, Opinions.required("办结", result), clock.instant());
    }

    /** 催办 of an open task by the office clerk or a leader of the unit: a reminder at most once a day. */
    public void remind(Actor actor, long taskId) {
        IncomingTask t = incoming.task(taskId).orElseThrow(() -> new NotFoundException("办理事项不存在: " + taskId));
        Incoming i = step(actor, t.incomingId(), null);
        if (actor.role() != Role.CLERK && actor.role() != Role.LEADER) {
            throw new AccessDeniedException("只有单位文书或领导可以催办");
        }
        if (!t.open()) {
            throw new RuleViolationException("该事项已完成，无需催办");
        }
        boolean told = notifications.remind(t.assigneeId(), "incoming-remind:" + taskId,
                "催办：《" + i.title() + "》" + t.kind().label() + (t.dueOn() == null ? "" : "，期限 " + t.dueOn()),
                "/incoming/" + i.id(), true);
        if (!told) {
            throw new RuleViolationException(t.assigneeName() + "今天已催办过，每天最多催办一次");
        }
        incoming.step(i.id(), IncomingAction.REMIND, actor.accountId(), ActorNames.of(actor),
                "催办" + t.assigneeName() + "（" + t.kind().label() + "）", clock.instant());
    }

    /** The people of the unit who can be chosen for 批办, 传阅, 承办 and 转办. */
    @Transactional(readOnly = true)
    public List<Account> colleaguesOf(Actor actor) {
        return accounts.ofUnit(actor.unitId()).stream().filter(a -> UNIT_ROLES.contains(a.role())).toList();
    }

    @Transactional(readOnly = true)
    public IncomingRepository.Scan scan(Actor actor, long id) {
        Incoming i = readable(actor, id);
        if (!i.paper()) {
            throw missing(id);
        }
        return incoming.scan(id);
    }

    private void closeAs(Actor actor, Incoming i, String result, Instant now) {
        incoming.close(i.id(), result, now);
        incoming.step(i.id(), IncomingAction.CLOSE, actor.accountId(), ActorNames.of(actor), result, now);
        // an electronic document's issuer sees 已办结 in its receipts, as after the one-tap 办理完毕
        if (i.documentId() != null && receiptRows.find(i.documentId(), i.unitId())
                .map(r -> r.handledAt() == null && !r.withdrawn()).orElse(false)) {
            receipts.handled(actor, i.documentId(), result);
        }
    }

    private LocalDate due(Integer workingDays, LocalDate dueOn) {
        LocalDate today = today();
        if (dueOn != null) {
            if (dueOn.isBefore(today)) {
                throw new RuleViolationException("办理期限不能早于今天（" + today + "）");
            }
            return dueOn;
        }
        if (workingDays == null) {
            throw new RuleViolationException("请填写承办期限（工作日数或日期）");
        }
        return calendar.addWorkingDays(today, workingDays);
    }

    private IncomingTask ownOpenTask(Actor actor, long taskId, TaskKind kind) {
        IncomingTask t = incoming.task(taskId).orElseThrow(() -> new NotFoundException("办理事项不存在: " + taskId));
        readable(actor, t.incomingId());
        if (t.kind() != kind || t.assigneeId() != actor.accountId()) {
            throw new AccessDeniedException("这不是您的" + kind.label() + "事项");
        }
        if (!t.open()) {
            throw new RuleViolationException("该" + kind.label() + "事项已完成");
        }
        return t;
    }

    /** The record for a step of its unit: 404 outside the unit, the state checked under a row lock. */
    private Incoming step(Actor actor, long id, IncomingState expected) {
        Incoming seen = readable(actor, id);
        if (actor.unitId() != seen.unitId()) {
            throw new AccessDeniedException("只有收文单位可以办理");
        }
        Incoming i = incoming.lock(id).orElseThrow(() -> missing(id));
        if (expected != null && i.state() != expected) {
            throw new RuleViolationException("来文当前状态为“" + i.state().label() + "”，不能进行此操作");
        }
        return i;
    }

    private List<Account> colleagues(Actor actor, List<Long> ids, String what) {
        List<Account> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            found.add(colleague(actor, id, what));
        }
        return found;
    }

    private Account colleague(Actor actor, long accountId, String what) {
        return accounts.account(accountId).filter(a -> a.unitId() == actor.unitId() && UNIT_ROLES.contains(a.role()))
                .orElseThrow(() -> new RuleViolationException(what + "须为本单位人员"));
    }

    private void tell(long accountId, long taskId, Incoming i, String what) {
        notifications.remind(accountId, "incoming-task:" + taskId, "《" + i.title() + "》" + what, "/incoming/" + i.id(),
                i.urgency() != org.jianfu.documents.internal.Urgency.NORMAL);
    }

    private static void requireRole(Actor actor, Role role, String message) {
        if (actor.role() != role) {
            throw new AccessDeniedException(message);
        }
    }

    private static String text(String what, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new RuleViolationException("请填写" + what);
        }
        if (v.length() > max) {
            throw new RuleViolationException(what + "不能超过 " + max + " 字");
        }
        return v.isEmpty() ? null : v;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Beijing.ZONE));
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("来文不存在或不在本账号范围内: " + id);
    }
}
