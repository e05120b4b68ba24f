package org.jianfu.documents.internal;

import java.time.Instant;
import java.util.List;

/**
 * 发文稿纸: the boxes of the issuing form (拟稿, 核稿, 会签, 签发, 印发) filled from the document's history, each
 * with names, opinions and times. A returned draft starts a new round: only the boxes of the last round are
 * the document's decision, so earlier rounds are listed apart as 退回.
 */
public record DraftSheet(Box drafted, List<Box> reviews, List<Box> countersigns, List<Box> signatures, Box issued,
                         List<Box> returns) {

    /** One filled box: who (with unit), the opinion, when. */
    public record Box(String name, String opinion, Instant at) {
    }

    /** A titled box of the form, in the form's order, for the page and the print. */
    public record Section(String title, List<Box> boxes) {
    }

    /** 拟稿, 核稿, 会签, 签发, 印发, then the earlier rounds' 退回 when there were any. */
    public List<Section> sections() {
        List<Section> all = new java.util.ArrayList<>(List.of(
                new Section("拟稿", drafted == null ? List.of() : List.of(drafted)),
                new Section("核稿", reviews), new Section("会签", countersigns), new Section("签发", signatures),
                new Section("印发", issued == null ? List.of() : List.of(issued))));
        if (!returns.isEmpty()) {
            all.add(new Section("此前退回", returns));
        }
        return all;
    }

    public static DraftSheet of(List<TransitionLog.Entry> history) {
        int start = 0;
        for (int i = 0; i < history.size(); i++) {
            FlowAction a = history.get(i).action();
            if (a == FlowAction.RETURN || a == FlowAction.RECALL) {
                start = i + 1;
            }
        }
        List<TransitionLog.Entry> round = history.subList(start, history.size());
        Box drafted = history.stream().filter(e -> e.action() == FlowAction.CREATE).findFirst().map(DraftSheet::box)
                .orElse(null);
        return new DraftSheet(drafted, boxes(round, FlowAction.PASS_REVIEW), boxes(round, FlowAction.COUNTERSIGN),
                boxes(round, FlowAction.SIGN),
                round.stream().filter(e -> e.action() == FlowAction.ISSUE).findFirst().map(DraftSheet::box).orElse(null),
                boxes(history.subList(0, start), FlowAction.RETURN));
    }

    private static List<Box> boxes(List<TransitionLog.Entry> entries, FlowAction action) {
        return entries.stream().filter(e -> e.action() == action).map(DraftSheet::box).toList();
    }

    private static Box box(TransitionLog.Entry e) {
        return new Box(e.actorName(), e.comment(), e.at());
    }
}
