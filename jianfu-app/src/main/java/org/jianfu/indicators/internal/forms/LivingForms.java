package org.jianfu.indicators.internal.forms;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.indicators.internal.requests.HistoryWriter;
import org.jianfu.indicators.internal.requests.NewField;
import org.jianfu.indicators.internal.requests.RequestStatus;
import org.jianfu.indicators.internal.requests.Sending;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.springframework.stereotype.Component;

/**
 * Each month's 一表通 requests in the tour counties, sent on the month's first day when that day lies
 * in the recent weeks: two departments' monthly tables to the villages (one merged form with values
 * prefilled from earlier periods) and 统计局's monthly report to the township governments. A month
 * before the current one has been filled in by almost everyone. In 城关区 one more request is still a
 * draft whose fields are collected elsewhere, and one waits for the 减负办 with its explanation.
 */
@Component
class LivingForms implements LivingDemoData {

    private final Organization organization;
    private final HistoryWriter history;
    private final Sending sending;
    private final IndicatorsDemoData seed;

    LivingForms(Organization organization, HistoryWriter history, Sending sending, IndicatorsDemoData seed) {
        this.organization = organization;
        this.history = history;
        this.sending = sending;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "indicators.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        if (!period.recent()) {
            return 0;
        }
        long rows = 0;
        YearMonth current = YearMonth.from(period.today());
        for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.to().minusDays(1));
             month = month.plusMonths(1)) {
            if (!period.contains(month.atDay(1))) {
                continue;
            }
            for (String code : DemoContext.TOUR_COUNTIES) {
                Division county = organization.division(code).orElse(null);
                if (county == null) {
                    continue;
                }
                Map<String, Unit> departments = organization.unitsOf(code).stream()
                        .collect(Collectors.toMap(Unit::unitKey, Function.identity()));
                List<Unit> villages = sending.targets(code, DivisionLevel.VILLAGE);
                List<Unit> townships = sending.targets(code, DivisionLevel.TOWNSHIP);
                for (Open o : requests(code)) {
                    Unit requester = departments.get(o.department());
                    if (requester == null) {
                        continue;
                    }
                    history.write(new HistoryWriter.Planned(requester, o.title(), "本月工作需要", county,
                            o.level(), Indicator.Period.MONTHLY, month, month.atEndOfMonth(), o.fields(), false, o.status(),
                            o.explanation(), sent(month)), o.level() == DivisionLevel.TOWNSHIP ? townships : villages);
                    rows++;
                }
                if (month.isBefore(current)) {
                    rows += seed.submitAll(villages, month, new HashSet<>(), context.random(), 0.03);
                    rows += seed.submitAll(townships, month, new HashSet<>(), context.random(), 0.0);
                }
            }
        }
        return rows;
    }

    private static Instant sent(YearMonth month) {
        return month.atDay(1).atTime(9, 0).atZone(IndicatorsDemoData.CHINA).toInstant();
    }

    private record Open(String department, String title, DivisionLevel level, List<NewField> fields, RequestStatus status,
                        String explanation) {
    }

    /** The month's requests of a county; 城关区 has the draft with duplicates and the one awaiting the 减负办. */
    private static List<Open> requests(String county) {
        List<Open> open = new ArrayList<>(List.of(
                new Open("civil", "本月民政对象动态表", DivisionLevel.VILLAGE, List.of(DemoRequests.count("低保户数", "户", "MONTHLY"),
                        DemoRequests.count("特困供养人数", "人", "MONTHLY"), DemoRequests.count("户籍人口", "人", "YEARLY")),
                        RequestStatus.SENT, null),
                new Open("stats", "本月农村统计快报", DivisionLevel.VILLAGE, List.of(DemoRequests.count("最低生活保障户数", "户", "MONTHLY"),
                        DemoRequests.count("常住人口", "人", "YEARLY"), DemoRequests.count("耕地面积", "亩", "YEARLY")),
                        RequestStatus.SENT, null),
                new Open("stats", "乡镇基本情况月报", DivisionLevel.TOWNSHIP, List.of(DemoRequests.count("辖区户籍人口", "人", "YEARLY"),
                        DemoRequests.count("行政村个数", "个", "YEARLY"), DemoRequests.count("本月召开会议次数", "次", "MONTHLY")),
                        RequestStatus.SENT, null)));
        if (county.equals(IndicatorsDemoData.SHOWCASE_COUNTY)) {
            open.add(new Open("agri", "农业农村基本情况调查", DivisionLevel.VILLAGE, List.of(DemoRequests.count("耕地面积", "公顷", "YEARLY"),
                    DemoRequests.count("户籍人口数", "人", "YEARLY"), DemoRequests.count("生猪存栏", "头", "QUARTERLY")),
                    RequestStatus.DRAFT, null));
            open.add(new Open("emergency", "自然灾害风险隐患排查表", DivisionLevel.VILLAGE, List.of(DemoRequests.count("户籍总人口", "人", "YEARLY"),
                    DemoRequests.count("常住人口数", "人", "YEARLY"), DemoRequests.count("地质灾害隐患点数", "处", "YEARLY")),
                    RequestStatus.AWAITING_BURDEN_OFFICE, "汛期前须按应急部门口径逐村核实人口，已与统计部门沟通"));
        }
        return open;
    }
}
