package org.jianfu.inspections.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChecksTests {

    final PlanChecks checks = new PlanChecks(InspectionLimits.defaults());

    static PlanItem item(String title, boolean comprehensive, List<String> trail) {
        return new PlanItem(1, 1, title, "", comprehensive, List.of(5L), LocalDate.of(2019, 4, 1),
                LocalDate.of(2019, 4, 30), "实地查看", "", true, trail);
    }

    @Test
    void paperTrailKeywordsInMethodOrMaterialsAreFlagged() {
        assertThat(checks.paperTrail("查看会议记录，按开会次数评分", "工作照片、学习笔记"))
                .containsExactly("开会次数", "照片", "笔记");
        assertThat(checks.paperTrail("实地查看、随机走访群众", "无")).isEmpty();
    }

    @Test
    void atMostOneComprehensiveItemNoMoreItemsThanLastYearAndNoPaperTrail() {
        List<PlanItem> items = List.of(item("综合督查一", true, List.of()), item("综合督查二", true, List.of()),
                item("校园安全检查", false, List.of("照片")));
        assertThat(checks.submissionProblems(items, 2)).containsExactly(
                "综合性督查检查事项每个部门每年至多1项，本计划有2项",
                "计划事项3项，超过上限2项（上年2项）",
                "“校园安全检查”以留痕材料作为考核依据：照片");
    }

    @Test
    void aCleanPlanWithoutHistoryPasses() {
        assertThat(checks.submissionProblems(List.of(item("食品安全检查", true, List.of())), null)).isEmpty();
        assertThat(checks.submissionProblems(List.of(), null)).containsExactly("计划中没有检查事项");
    }
}
