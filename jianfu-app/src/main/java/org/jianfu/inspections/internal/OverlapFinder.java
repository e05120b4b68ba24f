package org.jianfu.inspections.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inspections of the same unit or the same area (township) by different departments within a
 * window: each group is proposed as one joint inspection (联合督查), on the earliest date.
 */
public final class OverlapFinder {

    private final int windowDays;

    public OverlapFinder(int windowDays) {
        this.windowDays = windowDays;
    }

    /** @param areaOf the area (division code) of each target unit */
    public List<List<Inspection>> find(List<Inspection> scheduled, Map<Long, String> areaOf) {
        List<Inspection> ordered = scheduled.stream().filter(i -> i.jointId() == null && "SCHEDULED".equals(i.state()))
                .sorted(Comparator.comparing(Inspection::scheduledOn).thenComparing(Inspection::id)).toList();
        Set<Long> used = new HashSet<>();
        List<List<Inspection>> groups = new ArrayList<>();
        for (Inspection first : ordered) {
            if (used.contains(first.id())) {
                continue;
            }
            List<Inspection> group = new ArrayList<>(List.of(first));
            for (Inspection other : ordered) {
                if (!used.contains(other.id()) && other.id() != first.id() && overlaps(first, other, areaOf)
                        && group.stream().noneMatch(g -> g.departmentUnitId() == other.departmentUnitId())) {
                    group.add(other);
                }
            }
            if (group.size() > 1) {
                group.forEach(g -> used.add(g.id()));
                groups.add(group);
            }
        }
        return groups;
    }

    boolean overlaps(Inspection a, Inspection b, Map<Long, String> areaOf) {
        if (a.departmentUnitId() == b.departmentUnitId()
                || Math.abs(ChronoUnit.DAYS.between(a.scheduledOn(), b.scheduledOn())) > windowDays) {
            return false;
        }
        Set<String> areas = new HashSet<>();
        a.targetUnitIds().forEach(u -> areas.add(areaOf.getOrDefault(u, "u" + u)));
        return b.targetUnitIds().stream().anyMatch(u -> a.targetUnitIds().contains(u) || areas.contains(areaOf.get(u)));
    }
}
