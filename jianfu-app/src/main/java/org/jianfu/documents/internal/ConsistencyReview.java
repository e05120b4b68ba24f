package org.jianfu.documents.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 减负一致性评估: the questions the drafter answers before the document goes to review. A "yes"
 * is not forbidden, but the gate shows it as a warning (the rules say such demands are normally not made).
 */
public final class ConsistencyReview {

    /** Answer key → question. */
    public static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("matching", "是否要求下级制定配套文件或实施细则？");
        QUESTIONS.put("reports", "是否要求下级报送落实情况报告、报表？");
        QUESTIONS.put("traces", "是否要求下级提供照片、台账等留痕材料？");
        QUESTIONS.put("meeting", "是否要求下级层层开会传达？");
    }

    private ConsistencyReview() {
    }

    public static List<String> answers(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).filter(QUESTIONS::containsKey).toList();
    }

    public static String store(List<String> yes) {
        return String.join(",", yes.stream().filter(QUESTIONS::containsKey).distinct().toList());
    }
}
