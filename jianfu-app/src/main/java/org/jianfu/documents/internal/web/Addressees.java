package org.jianfu.documents.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.stereotype.Component;

/**
 * The units a drafter may address, grouped for the form: the level above, the own level, and below
 * the 党委/政府 (and offices) of each lower division plus the unit's own counterpart there.
 */
@Component
class Addressees {

    private static final Set<UnitKind> LOWER_DEFAULT = Set.of(UnitKind.PARTY_COMMITTEE, UnitKind.GOVERNMENT,
            UnitKind.PARTY_OFFICE, UnitKind.GOVERNMENT_OFFICE, UnitKind.VILLAGE_COMMITTEE);

    private final Organization organization;

    Addressees(Organization organization) {
        this.organization = organization;
    }

    Map<String, List<Unit>> groups(Unit issuer) {
        Map<String, List<Unit>> groups = new LinkedHashMap<>();
        Division own = organization.division(issuer.divisionCode()).orElseThrow();
        if (own.parentCode() != null) {
            groups.put("上级机关", organization.unitsOf(own.parentCode()));
        }
        groups.put("本级单位", organization.unitsOf(own.code()).stream().filter(u -> u.id() != issuer.id()).toList());
        List<Unit> lower = new ArrayList<>();
        for (Division child : organization.children(own.code())) {
            organization.unitsOf(child.code()).stream()
                    .filter(u -> LOWER_DEFAULT.contains(u.kind()) || u.unitKey().equals(issuer.unitKey()))
                    .forEach(lower::add);
        }
        groups.put("下级单位", lower);
        return groups;
    }

    /** A 全选 button of a group: every unit of one sort (all 乡镇政府, all 街道办事处, all 部门 …), with how many. */
    public record Choice(String key, String label, long count) {
    }

    /** The 全选 buttons of a group of units: one per sort present, most numerous first. */
    static List<Choice> choices(List<Unit> units) {
        Map<String, Long> counts = new LinkedHashMap<>();
        units.forEach(u -> counts.merge(selectKey(u), 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Choice(e.getKey(), label(e.getKey()), e.getValue())).toList();
    }

    /** The sort a 全选 button picks a unit by: its kind, with 街道办事处 told apart from 乡镇 and county governments. */
    static String selectKey(Unit u) {
        return u.kind() == UnitKind.GOVERNMENT && u.name().endsWith("办事处") ? "STREET" : u.kind().name();
    }

    private static String label(String key) {
        return switch (key) {
            case "STREET" -> "街道办事处";
            case "GOVERNMENT" -> "政府";
            case "PARTY_COMMITTEE" -> "党委（党工委）";
            default -> UnitKind.valueOf(key).label();
        };
    }

    List<Unit> sameLevel(Unit issuer) {
        return organization.unitsOf(issuer.divisionCode()).stream().filter(u -> u.id() != issuer.id()).toList();
    }
}
