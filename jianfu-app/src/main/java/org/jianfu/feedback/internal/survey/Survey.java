package org.jianfu.feedback.internal.survey;

import java.time.LocalDate;
import java.util.List;

/** A quarterly 获得感 survey and its questions, each answered on a scale of 1 (much worse) to 5 (much better). */
record Survey(long id, int year, int quarter, String title, LocalDate opens, LocalDate closes, List<String> questions) {

    static final List<String> SCALE = List.of("明显加重", "有所加重", "没有变化", "有所减轻", "明显减轻");

    static final List<String> STANDARD_QUESTIONS = List.of(
            "与上季度相比，您收到的文件（文山）",
            "与上季度相比，您参加的会议（会海）",
            "与上季度相比，迎接的督查检查考核",
            "与上季度相比，需要填写的表格和报送的数据",
            "与上季度相比，拍照留痕、工作群和政务App的要求",
            "总体来说，您对基层减负的获得感");

    /** Public: the survey list calls it, and SpEL calls only public methods. */
    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opens) && !today.isAfter(closes);
    }
}
