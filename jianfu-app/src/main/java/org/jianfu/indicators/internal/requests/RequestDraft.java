package org.jianfu.indicators.internal.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.platform.RuleViolationException;

/** A new data request as the clerk types it; the parse methods say what is wrong in plain Chinese. */
public record RequestDraft(String title, String purpose, String targetDivisionCode, String targetLevel, String period,
                           String formMonth, String deadline) {

    String checkedTitle() {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("请填写任务名称");
        }
        return org.jianfu.platform.text.Titles.checked("任务名称", title.strip());
    }

    DivisionLevel level() {
        if ("TOWNSHIP".equals(targetLevel)) {
            return DivisionLevel.TOWNSHIP;
        }
        if ("VILLAGE".equals(targetLevel)) {
            return DivisionLevel.VILLAGE;
        }
        throw new RuleViolationException("请选择填报对象：乡镇（街道）或村（社区）");
    }

    Indicator.Period periodValue() {
        try {
            return Indicator.Period.valueOf(period == null ? "" : period);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("请选择报送周期");
        }
    }

    YearMonth month() {
        try {
            return YearMonth.parse(formMonth == null ? "" : formMonth.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("填报月份格式应为 2019-03");
        }
    }

    LocalDate deadlineDate() {
        try {
            return LocalDate.parse(deadline == null ? "" : deadline.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("截止日期格式应为 2019-03-25");
        }
    }
}
