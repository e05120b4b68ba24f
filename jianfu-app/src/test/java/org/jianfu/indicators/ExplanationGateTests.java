package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.internal.requests.Approvals;
import org.jianfu.indicators.internal.requests.RequestFlow;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.indicators.internal.requests.RequestStatus;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Mostly duplicate fields, or a form not on the approved list, need an explanation the 减负办 approves. */
@JianfuTest
class ExplanationGateTests {

    static final YearMonth MONTH = YearMonth.of(2031, 2);

    @Autowired
    IndicatorDesk desk;

    @Autowired
    RequestFlow flow;

    @Autowired
    Approvals approvals;

    @Autowired
    RequestQueries queries;

    @Test
    void aMostlyDuplicateRequestWaitsForTheBurdenOfficeAndReuseLiftsTheGate() {
        desk.send("620102.agri", "测试：农业基本情况", "620102", "VILLAGE", MONTH, List.of(
                IndicatorDesk.field("耕地面积", "亩", "YEARLY"), IndicatorDesk.field("生猪存栏", "头", "MONTHLY")));
        desk.approveForm("620102.land", MONTH.getYear(), "测试：自然资源摸底");
        long id = desk.draft("620102.land", "测试：自然资源摸底", "620102", "VILLAGE", MONTH, List.of(
                IndicatorDesk.field("耕地面积", "公顷", "YEARLY"), IndicatorDesk.field("生猪存栏数", "头", "MONTHLY"),
                IndicatorDesk.field("测试专用字段甲", "个", "MONTHLY")));
        var clerk = desk.actor("620102.land.clerk");
        assertThat(queries.detail(clerk, id).verdict().reasonText()).contains("3 个字段中有 2 个");
        assertThatThrownBy(() -> flow.submit(clerk, id, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("共享复用");

        desk.rejectMaybes("620102.land", id); // 可能相同 pairs are answered before any submission
        flow.submit(clerk, id, "乡村振兴专项需要按公顷口径单独核对");
        approvals.approve(desk.actor("620102.land.leader"), id);
        assertThat(queries.detail(clerk, id).request().status()).isEqualTo(RequestStatus.AWAITING_BURDEN_OFFICE);
        assertThatThrownBy(() -> approvals.approveExplanation(desk.actor("jfb.620103"), id))
                .isInstanceOf(org.jianfu.platform.NotFoundException.class);
        assertThatThrownBy(() -> approvals.approveExplanation(desk.actor("620102.gov-office.clerk"), id))
                .isInstanceOfAny(AccessDeniedException.class, org.jianfu.platform.NotFoundException.class);
        approvals.sendBack(desk.actor("jfb.6201"), id, "请改为共享复用农业农村局的数据");
        var returned = queries.detail(clerk, id);
        assertThat(returned.request().status()).isEqualTo(RequestStatus.DRAFT);

        for (var check : returned.checks()) {
            if (!check.duplicates().isEmpty()) {
                flow.reuse(clerk, id, check.field().id(), check.duplicates().getFirst().matchKey());
            }
        }
        var reused = queries.detail(clerk, id);
        assertThat(reused.verdict().needed()).isFalse();
        flow.submit(clerk, id, null);
        approvals.approve(desk.actor("620102.land.leader"), id);
        assertThat(queries.detail(clerk, id).request().status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void aFormNotOnTheApprovedListNeedsAnExplanationApprovedByTheCountyBurdenOffice() {
        long id = desk.draft("620102.edu", "测试：未准入的教育报表", "620102", "TOWNSHIP", MONTH, List.of(
                IndicatorDesk.field("测试专用字段乙", "个", "MONTHLY")));
        var clerk = desk.actor("620102.edu.clerk");
        assertThat(queries.detail(clerk, id).verdict().reasonText()).contains("不在本部门 2031 年基层报表准入清单内");
        desk.rejectMaybes("620102.edu", id);
        flow.submit(clerk, id, "上级临时部署，一次性采集");
        approvals.approve(desk.actor("620102.edu.leader"), id);
        approvals.approveExplanation(desk.actor("jfb.620102"), id);
        var sent = queries.detail(clerk, id);
        assertThat(sent.request().status()).isEqualTo(RequestStatus.SENT);
        assertThat(sent.targets()).isPositive();
    }

    @Test
    void aLeadersOwnRequestWaitsForAnotherLeader() {
        desk.approveForm("620102.health", MONTH.getYear(), "测试：领导自拟的卫生报表");
        var leader = desk.actor("620102.health.leader");
        long id = flow.create(leader, new org.jianfu.indicators.internal.requests.RequestDraft("测试：领导自拟的卫生报表", "测试",
                "620102", "TOWNSHIP", "MONTHLY", MONTH.toString(), MONTH.atDay(25).toString()));
        flow.addField(leader, id, IndicatorDesk.field("测试专用字段乙", "个", "MONTHLY"));
        desk.rejectMaybes("620102.health", id);
        flow.submit(leader, id, "测试：口径与其他部门不同");
        assertThat(queries.detail(leader, id).request().status()).as("not approved by its own drafter")
                .isEqualTo(RequestStatus.AWAITING_LEADER);
        assertThat(queries.detail(leader, id).mayApprove()).isFalse();
        assertThatThrownBy(() -> approvals.approve(leader, id)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("不能审批本人起草或提交的填报任务");
    }

    @Test
    void aRequestIsRemindedAtMostOnce() {
        // another county, so its townships' reminders stay out of other tests' inboxes
        long id = desk.send("620104.health", "测试：卫生提醒", "620104", "TOWNSHIP", MONTH, List.of(
                IndicatorDesk.field("测试专用字段丙", "个", "MONTHLY")));
        approvals.remind(desk.actor("620104.health.clerk"), id);
        assertThatThrownBy(() -> approvals.remind(desk.actor("620104.health.clerk"), id))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("只能提醒一次");
    }
}
