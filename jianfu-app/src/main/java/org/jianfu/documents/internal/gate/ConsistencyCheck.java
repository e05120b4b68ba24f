package org.jianfu.documents.internal.gate;

import java.util.List;
import org.jianfu.documents.internal.ConsistencyReview;
import org.jianfu.documents.spi.CheckOutcome;
import org.jianfu.documents.spi.CheckVerdict;
import org.jianfu.documents.spi.DraftUnderCheck;
import org.jianfu.documents.spi.IssueCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 减负一致性评估 (P2): the drafter must have confirmed the checklist; demands on lower levels
 * (配套文件, reports, 留痕) are shown as a warning so signer and 减负办 see them.
 */
@Component
class ConsistencyCheck implements IssueCheck {

    static final String NAME = "consistency";

    private final JdbcClient jdbc;

    ConsistencyCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome check(DraftUnderCheck draft) {
        record Review(boolean confirmed, String answers) {
        }
        Review review = jdbc.sql("select review_confirmed, review_answers from documents.document where id = ?")
                .param(draft.documentId()).query((rs, n) -> new Review(rs.getBoolean(1), rs.getString(2))).single();
        if (!review.confirmed()) {
            return new CheckOutcome(NAME, "减负一致性评估", CheckVerdict.BLOCK, "起草人尚未确认减负一致性评估", null);
        }
        List<String> yes = ConsistencyReview.answers(review.answers());
        if (!yes.isEmpty()) {
            return new CheckOutcome(NAME, "减负一致性评估", CheckVerdict.WARN, "要求下级：" + String.join("；",
                    yes.stream().map(ConsistencyReview.QUESTIONS::get).map(q -> q.replace("是否要求下级", "")
                            .replace("？", "")).toList()), null);
        }
        return CheckOutcome.pass(NAME, "减负一致性评估", "已确认：不要求配套文件、报告或留痕材料");
    }
}
