package org.jianfu.meetings.internal.merge;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.platform.DivisionPaths;

/**
 * Finds meetings on one topic held at several levels: organisers along one division ancestry
 * (the lower ones inside the top one's subtree), similar titles, dates within a window.
 * The highest meeting of each group becomes the proposed reach-down video meeting.
 */
final class MergeFinder {

    private final int windowDays;
    private final double minSimilarity;

    MergeFinder(int windowDays, double minSimilarity) {
        if (windowDays < 0 || minSimilarity <= 0 || minSimilarity > 1) {
            throw new IllegalArgumentException("windowDays must be ≥ 0 and minSimilarity in (0, 1]");
        }
        this.windowDays = windowDays;
        this.minSimilarity = minSimilarity;
    }

    List<MergeProposal> find(List<MergeCandidate> candidates) {
        List<MergeCandidate> ordered = candidates.stream()
                .sorted(Comparator.comparingInt((MergeCandidate c) -> c.organiser().divisionPath().length())
                        .thenComparing(c -> c.meeting().startsAt()))
                .toList();
        Set<Long> used = new HashSet<>();
        List<MergeProposal> proposals = new ArrayList<>();
        for (MergeCandidate top : ordered) {
            if (used.contains(top.meeting().id())) {
                continue;
            }
            List<MergeCandidate> lower = ordered.stream()
                    .filter(c -> !used.contains(c.meeting().id()) && belongs(top, c)).toList();
            if (lower.isEmpty()) {
                continue;
            }
            used.add(top.meeting().id());
            lower.forEach(c -> used.add(c.meeting().id()));
            double days = lower.stream().mapToDouble(MergeCandidate::attendeeDays).sum();
            double travel = top.travelHours() + lower.stream().mapToDouble(MergeCandidate::travelHours).sum();
            proposals.add(new MergeProposal(top.meeting(), lower.stream().map(MergeCandidate::meeting).toList(),
                    round(days), round(travel)));
        }
        return proposals;
    }

    /** Is {@code c} the same meeting as {@code top}, one or more levels further down? */
    boolean belongs(MergeCandidate top, MergeCandidate c) {
        String topPath = top.organiser().divisionPath();
        String path = c.organiser().divisionPath();
        if (path.equals(topPath) || !DivisionPaths.within(path, topPath)) {
            return false;
        }
        Meeting a = top.meeting();
        Meeting b = c.meeting();
        if (Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > windowDays) {
            return false;
        }
        return TitleSimilarity.of(top.normalisedTitle(), c.normalisedTitle()) >= minSimilarity;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
