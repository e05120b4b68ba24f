package org.jianfu.documents.internal;

import java.util.List;
import java.util.Set;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.platform.RuleViolationException;

/**
 * 行文规则: which way a document goes (from its 主送 units) and whether its kind may go that way.
 * 请示/报告 go up, directive kinds never up, and departments and 议事协调机构 may not send
 * directive documents to lower 党委/政府 (2024 rules, P1).
 */
public final class Addressing {

    private static final Set<UnitKind> LEADING_OR_OFFICE = Set.of(UnitKind.PARTY_COMMITTEE, UnitKind.PARTY_OFFICE,
            UnitKind.GOVERNMENT, UnitKind.GOVERNMENT_OFFICE);
    private static final Set<UnitKind> RESTRICTED_ISSUERS = Set.of(UnitKind.DEPARTMENT, UnitKind.COORDINATION_BODY,
            UnitKind.BURDEN_OFFICE);

    private Addressing() {
    }

    /** The relation of one addressee to the issuer. */
    static Direction towards(Unit issuer, Unit recipient) {
        String from = issuer.divisionPath();
        String to = recipient.divisionPath();
        if (!from.equals(to)) {
            if (DivisionPaths.within(to, from)) {
                return Direction.DOWNWARD;
            }
            return DivisionPaths.within(from, to) ? Direction.UPWARD : Direction.LATERAL;
        }
        boolean issuerLeads = LEADING_OR_OFFICE.contains(issuer.kind());
        boolean recipientLeads = LEADING_OR_OFFICE.contains(recipient.kind());
        if (issuerLeads && !recipientLeads) {
            return Direction.DOWNWARD;
        }
        return !issuerLeads && recipientLeads ? Direction.UPWARD : Direction.LATERAL;
    }

    /** Checks the addressees and returns the document's direction; throws with a Chinese reason. */
    public static Direction check(Unit issuer, DocumentKind kind, List<Unit> main, List<Unit> copy) {
        for (Unit u : main) {
            if (u.id() == issuer.id()) {
                throw new RuleViolationException("主送单位不能是本单位");
            }
        }
        List<Direction> ways = main.stream().map(u -> towards(issuer, u)).toList();
        if (kind.upwardOnly() && ways.stream().anyMatch(d -> d != Direction.UPWARD)) {
            throw new RuleViolationException(kind.label() + "只能主送上级机关，请修改主送单位");
        }
        if (kind.directive() && ways.contains(Direction.UPWARD)) {
            throw new RuleViolationException(kind.label() + "不得主送上级机关；向上级行文请用请示或报告");
        }
        if (kind.directive() && RESTRICTED_ISSUERS.contains(issuer.kind())) {
            List<String> protectedOrgans = main.stream().filter(u -> u.kind().isLeadingOrgan())
                    .filter(u -> towards(issuer, u) == Direction.DOWNWARD).map(Unit::name).toList();
            if (!protectedOrgans.isEmpty()) {
                throw new RuleViolationException("按照《整治形式主义为基层减负若干规定》，部门和议事协调机构不得向下级党委、政府"
                        + "发指令性公文（" + String.join("、", protectedOrgans) + "）");
            }
        }
        if (ways.contains(Direction.DOWNWARD)) {
            return Direction.DOWNWARD;
        }
        return !ways.isEmpty() && ways.stream().allMatch(d -> d == Direction.UPWARD) ? Direction.UPWARD
                : Direction.LATERAL;
    }
}
