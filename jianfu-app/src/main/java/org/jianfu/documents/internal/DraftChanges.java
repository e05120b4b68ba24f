package org.jianfu.documents.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** "what changed" for the history: the names of the fields an edit touched. */
final class DraftChanges {

    private DraftChanges() {
    }

    static String between(Document before, DraftForm after) {
        List<String> changed = new ArrayList<>();
        if (before.kind() != after.getKind()) {
            changed.add("文种 " + before.kind().label() + "→" + after.getKind().label());
        }
        if (!before.title().equals(after.getTitle())) {
            changed.add("标题");
        }
        if (!before.body().equals(after.getBody())) {
            changed.add("正文（" + before.length() + "→" + org.jianfu.platform.text.CharacterCount.of(after.getBody()) + " 字）");
        }
        if (before.comprehensive() != after.isComprehensive() || before.urgency() != after.getUrgency()
                || before.headerStyle() != after.getHeaderStyle() || !Objects.equals(before.writtenOn(), after.getWrittenOn())) {
            changed.add("文件属性");
        }
        if (!new HashSet<>(before.mainRecipientIds()).equals(new HashSet<>(after.getMainRecipientIds()))) {
            changed.add("主送");
        }
        if (!new HashSet<>(before.copyRecipientIds()).equals(new HashSet<>(after.getCopyRecipientIds()))) {
            changed.add("抄送");
        }
        if (!new HashSet<>(before.coIssuerIds()).equals(new HashSet<>(after.getCoIssuerIds()))) {
            changed.add("联合发文单位");
        }
        if (before.reviewConfirmed() != after.isReviewConfirmed()
                || !before.reviewAnswers().equals(ConsistencyReview.store(after.getReviewAnswers()))) {
            changed.add("减负一致性评估");
        }
        return changed.isEmpty() ? "无改动" : "修改了" + String.join("、", changed);
    }
}
