package org.jianfu.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jianfu.platform.Actor;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Who approves what, at which level, and who never may: the one home of the approval and
 * separation-of-duties rules, asked by documents, meetings, inspections, registers, data requests and
 * cars ({@code docs/architecture.md}, "Who approves what").
 * <ul>
 * <li>Inside a unit: 核稿 by a clerk or leader of the issuing unit, 签发, 用车 and 填报任务 by a leader of
 * the unit.</li>
 * <li>By a 减负办 ({@link Role#MONITOR}): the office of the requesting unit's own division (督查检查计划,
 * 台账登记, 填报任务的超限说明) or of the division one level up (公文超限说明, 会议超计划说明); at the top
 * of the tree both mean the province's own office. A 减负办 above the deciding one may decide as well
 * (it supervises it), though only the deciding office has the matter in its 待办. A unit's annual
 * meeting plan is set by a 减负办 whose area holds the unit, never by the unit.</li>
 * <li>Never: no one approves, reviews or signs what they drafted or requested themselves; no unit
 * approves its own matter.</li>
 * <li>委托: a leader may delegate the unit-leader matters (签发, 审批) to a clerk of the unit for a period
 * ({@link Delegation}); the delegate still never decides what they drafted or requested.</li>
 * <li>The administrator may act for any 减负办 (until the three-administrator split of the trust issue).</li>
 * </ul>
 */
@Service
public class ApprovalPolicy {

    /** Where the decision is taken. */
    public enum Decider {
        /** A clerk or leader of the requesting unit. */
        UNIT_STAFF,
        /** A leader of the requesting unit. */
        UNIT_LEADER,
        /** The 减负办 of the requesting unit's division. */
        OFFICE_OF_DIVISION,
        /** The 减负办 of the division one level up. */
        OFFICE_ONE_LEVEL_UP,
        /** Any 减负办 whose area holds the unit. */
        OFFICE_ABOVE
    }

    /** Each matter that needs a decision: what is done to what, and who does it. */
    public enum Matter {
        DOCUMENT_REVIEW("核稿", "公文", Decider.UNIT_STAFF),
        DOCUMENT_SIGNING("签发", "公文", Decider.UNIT_LEADER),
        CAR_REQUEST("审批", "用车申请", Decider.UNIT_LEADER),
        DATA_REQUEST("审批", "填报任务", Decider.UNIT_LEADER),
        DATA_REQUEST_EXPLANATION("审批", "填报任务的说明", Decider.OFFICE_OF_DIVISION),
        DOCUMENT_OVER_QUOTA("审批", "公文超限说明", Decider.OFFICE_ONE_LEVEL_UP),
        MEETING_OVER_PLAN("审批", "会议超计划说明", Decider.OFFICE_ONE_LEVEL_UP),
        MEETING_PLAN("设定", "年度会议计划", Decider.OFFICE_ABOVE),
        INSPECTION_PLAN("审批", "督查检查计划", Decider.OFFICE_OF_DIVISION),
        REGISTER_ENTRY("审批", "台账登记", Decider.OFFICE_OF_DIVISION);

        private final String act;
        private final String subject;
        private final Decider decider;

        Matter(String act, String subject, Decider decider) {
            this.act = act;
            this.subject = subject;
            this.decider = decider;
        }

        /** "核稿 公文", "审批 用车申请": for messages and pages. */
        public String label() {
            return act + subject;
        }

        public Decider decider() {
            return decider;
        }
    }

    private final Organization organization;
    private final ObjectProvider<Delegation> delegation;
    private final Clock clock;

    ApprovalPolicy(Organization organization, ObjectProvider<Delegation> delegation, Clock clock) {
        this.organization = organization;
        this.delegation = delegation;
        this.clock = clock;
    }

    /**
     * The division whose 减负办 decides {@code matter} for {@code requester}, stored with the matter
     * when it is submitted; null for the matters decided inside the unit.
     */
    public String decidingDivision(Matter matter, Unit requester) {
        return switch (matter.decider()) {
            case UNIT_STAFF, UNIT_LEADER -> null;
            case OFFICE_OF_DIVISION, OFFICE_ABOVE -> requester.divisionCode();
            case OFFICE_ONE_LEVEL_UP -> {
                Division own = organization.division(requester.divisionCode()).orElseThrow();
                yield own.parentCode() != null ? own.parentCode() : own.code();
            }
        };
    }

    /**
     * Is {@code actor} one of those who decide {@code matter} for a unit ({@code requesterUnitId} in the
     * division at {@code requesterPath}), whose deciding office is {@code decidingDivision}? Role, unit
     * and level only; {@link #requireNotOwn} adds the person. Callers refuse a non-decider as "not
     * found" or "not allowed", as their pages do.
     */
    public boolean isDecider(Actor actor, Matter matter, long requesterUnitId, String requesterPath, String decidingDivision) {
        return switch (matter.decider()) {
            case UNIT_STAFF -> actor.unitId() == requesterUnitId && (actor.role() == Role.CLERK || actor.role() == Role.LEADER);
            case UNIT_LEADER -> actor.unitId() == requesterUnitId
                    && (actor.role() == Role.LEADER || actingFor(actor, matter).isPresent());
            case OFFICE_ABOVE -> actor.unitId() != requesterUnitId && actor.monitors(requesterPath);
            case OFFICE_OF_DIVISION, OFFICE_ONE_LEVEL_UP -> actor.unitId() != requesterUnitId
                    && isDecidingOffice(actor, matter, decidingDivision);
        };
    }

    /**
     * 委托: the leader on whose behalf a non-leader decides a leader's matter today ("代签（委托人 …）" in the
     * trail), or empty when the actor decides in their own right or not at all.
     */
    public Optional<String> actingFor(Actor actor, Matter matter) {
        if (matter.decider() != Decider.UNIT_LEADER || actor.role() == Role.LEADER
                || (actor.role() != Role.CLERK && actor.role() != Role.CADRE)) {
            return Optional.empty();
        }
        Delegation d = delegation.getIfAvailable();
        return d == null ? Optional.empty() : d.delegatorFor(actor, matter, LocalDate.now(clock));
    }

    /**
     * For the matters a 减负办 decides: is {@code actor} the office of {@code decidingDivision}, an office
     * above it, or the administrator? (A 减负办 unit never requests these matters itself: it has no
     * clerks or leaders.)
     */
    public boolean isDecidingOffice(Actor actor, Matter matter, String decidingDivision) {
        if (matter.decider() != Decider.OFFICE_OF_DIVISION && matter.decider() != Decider.OFFICE_ONE_LEVEL_UP) {
            throw new IllegalArgumentException(matter + " is decided inside the unit");
        }
        return actor.isAdmin() || (actor.role() == Role.MONITOR
                && (actor.divisionCode().equals(decidingDivision) || supervises(actor, decidingDivision)));
    }

    /**
     * Separation of duties: refuses, with the reason in Chinese, when the actor would decide what they
     * drafted or requested themselves. {@code requestedBy} is the account that drafted or requested it
     * (null when the matter records none).
     */
    public void requireNotOwn(Actor actor, Matter matter, Long requestedBy) {
        if (requestedBy != null && requestedBy == actor.accountId()) {
            String who = switch (matter.decider()) {
                case UNIT_STAFF -> "本单位其他文书或领导";
                case UNIT_LEADER -> "本单位其他领导";
                default -> "减负办其他工作人员";
            };
            throw new RuleViolationException("不能" + matter.act + "本人起草或提交的" + matter.subject + "，须由" + who + "办理");
        }
    }

    private boolean supervises(Actor actor, String decidingDivision) {
        return decidingDivision != null && organization.division(decidingDivision)
                .map(d -> !d.path().equals(actor.divisionPath()) && DivisionPaths.within(d.path(), actor.divisionPath()))
                .orElse(false);
    }
}
