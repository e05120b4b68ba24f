package org.jianfu.feedback.internal.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which groups' results may be shown: only groups of at least {@code min} respondents. Suppressed
 * groups are merged into one "其余地区" group; if that merged group is itself too small, the smallest
 * shown groups join it until it is big enough — otherwise the suppressed group could be recovered by
 * subtracting the shown ones from the total.
 */
final class SmallGroups {

    record Group(String code, String name, long respondents) {
    }

    record Split(List<Group> shown, List<Group> merged, boolean mergedShown) {
    }

    private SmallGroups() {
    }

    static Split split(List<Group> groups, int min) {
        List<Group> shown = new ArrayList<>(groups.stream().filter(g -> g.respondents() >= min).toList());
        List<Group> merged = new ArrayList<>(groups.stream().filter(g -> g.respondents() < min && g.respondents() > 0).toList());
        shown.sort(Comparator.comparingLong(Group::respondents));
        while (!merged.isEmpty() && total(merged) < min && !shown.isEmpty()) {
            merged.add(shown.removeFirst());
        }
        shown.sort(Comparator.comparing(Group::code));
        return new Split(shown, merged, !merged.isEmpty() && total(merged) >= min);
    }

    static long total(List<Group> groups) {
        return groups.stream().mapToLong(Group::respondents).sum();
    }
}
