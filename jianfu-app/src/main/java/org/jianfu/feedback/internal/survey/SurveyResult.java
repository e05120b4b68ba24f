package org.jianfu.feedback.internal.survey;

import java.util.List;

/**
 * The results of a survey for one area, as far as they may be shown: groups under {@code minGroup}
 * respondents appear only merged, or not at all.
 */
record SurveyResult(long surveyId, String title, String areaCode, String areaName, int minGroup, long respondents,
                    boolean shown, List<String> questions, List<Row> rows, String notice) {

    /** One group (the area itself, a child area, or the merged rest) with per question the mean and the shares. */
    record Row(String name, long respondents, List<Double> means, List<List<Double>> shares) {
    }
}
