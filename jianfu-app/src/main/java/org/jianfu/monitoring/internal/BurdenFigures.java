package org.jianfu.monitoring.internal;

import java.time.Clock;
import org.jianfu.platform.time.Years;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that computes a division's figures: the dashboard, its exports, the API and the
 * results report (page button and command line) all call {@link #of}, so their numbers are the same.
 */
@Service
class BurdenFigures {

    static final List<BurdenKind> HEADLINE = List.of(BurdenKind.DOCUMENT, BurdenKind.MEETING, BurdenKind.INSPECTION,
            BurdenKind.FORM);

    private final Organization organization;
    private final GrassrootsAreas areas;
    private final BurdenSettings settings;
    private final Rollups rollups;
    private final SideTables side;
    private final RecentFigures recent;
    private final BurdenIndexExplained explained;
    private final Years years;
    private final Clock clock;

    BurdenFigures(Organization organization, GrassrootsAreas areas, BurdenSettings settings, JdbcClient jdbc,
                  SideTables side, BurdenIndexExplained explained,
                  @Value("${jianfu.monitoring.figures-fresh-for:30s}") Duration freshFor,
                  Clock clock, Years years) {
        this.explained = explained;
        this.years = years;
        this.clock = clock;
        this.organization = organization;
        this.areas = areas;
        this.settings = settings;
        this.rollups = new Rollups(jdbc, "monitoring");
        this.side = side;
        this.recent = new RecentFigures(freshFor, clock);
    }

    /** The figures of a division the actor monitors; anything else is "not found". */
    @Transactional(readOnly = true)
    AreaFigures of(Actor actor, String code, int year) {
        Division division = organization.division(code).filter(d -> actor.monitors(d.path()))
                .orElseThrow(() -> new NotFoundException("行政区划不存在或不在本账号监测范围内: " + code));
        List<Division> trail = organization.ancestry(code).stream().filter(d -> actor.monitors(d.path())).toList();
        return recent.get(code, year, () -> build(division, year)).withTrail(trail);
    }

    /** For the command line, which runs with the whole province in scope. */
    @Transactional(readOnly = true)
    AreaFigures unscoped(String code, int year) {
        Division division = organization.division(code).orElseThrow(() -> new NotFoundException("行政区划不存在: " + code));
        return build(division, year).withTrail(organization.ancestry(code));
    }

    private AreaFigures build(Division d, int year) {
        int base = years.base();
        var w = settings.weights();
        long n = areas.countIn(d.code());
        Map<BurdenKind, Amount> actual = rollups.received(d.code(), false, start(year), start(year + 1));
        Map<BurdenKind, Amount> before = rollups.received(d.code(), false, start(base), start(base + 1));
        double index = BurdenIndex.mean(actual, w, n, 12);
        double baseIndex = BurdenIndex.mean(before, w, n, 12);
        List<FigureTable> tables = new ArrayList<>();
        tables.add(new FigureTable("summary", "基层负担指数概览", "none", List.of("指标", base + "年", year + "年"),
                List.of(List.of("负担指数（每个乡镇、村每月平均）", baseIndex, index), List.of("乡镇、村数", n, n)), null, null));
        tables.add(targets(actual, before, base));
        tables.add(children(d, year, base));
        tables.add(trend(d, year, base, n));
        tables.addAll(side.tables(d, year, base));
        tables.add(explained.table());
        return new AreaFigures(d, List.of(), year, base, n, index, baseIndex, tables, clock.instant());
    }

    private FigureTable targets(Map<BurdenKind, Amount> actual, Map<BurdenKind, Amount> before, int base) {
        List<List<Object>> rows = new ArrayList<>();
        for (BurdenKind k : HEADLINE) {
            rows.add(targetRow(k.label(), count(before, k), count(actual, k)));
        }
        return new FigureTable("targets", "基层收到的公文、会议、督查检查、填报：较 " + base + " 年与 −"
                + Math.round(settings.targetReduction() * 100) + "% 目标", "target-bars",
                List.of("类别", base + "年", "本年", "目标（≤）", "较基准年%", "是否达标"), rows, null,
                "目标 = 基准年 × (1 − " + settings.targetReduction() + ")，本年不超过目标为达标。");
    }

    private List<Object> targetRow(String label, long base, long actual) {
        return targetRow(settings, label, base, actual);
    }

    /** label, base, actual, target, change in %, met: the same columns wherever a target is shown. */
    static List<Object> targetRow(BurdenSettings settings, String label, long base, long actual) {
        long target = settings.target(base);
        Object change = base == 0 ? "—" : BurdenIndex.round2((actual - base) * 100.0 / base);
        String met = base == 0 ? "无基数" : actual <= target ? "达标" : "未达标";
        return new ArrayList<>(List.of(label, base, actual, target, change, met));
    }

    private FigureTable children(Division d, int year, int base) {
        List<Division> children = organization.children(d.code());
        List<String> codes = children.stream().map(Division::code).toList();
        var now = rollups.receivedBy(codes, false, start(year), start(year + 1));
        var then = rollups.receivedBy(codes, false, start(base), start(base + 1));
        List<List<Object>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        if (d.level() == DivisionLevel.TOWNSHIP || children.isEmpty()) {
            var own = rollups.received(d.code(), true, start(year), start(year + 1));
            var ownBefore = rollups.received(d.code(), true, start(base), start(base + 1));
            rows.add(areaRow(children.isEmpty() ? d.name() : d.name() + "（本级）", own, ownBefore, 1));
            links.add(null);
        }
        for (Division c : children) {
            rows.add(areaRow(c.name(), now.getOrDefault(c.code(), Map.of()), then.getOrDefault(c.code(), Map.of()),
                    areas.countIn(c.code())));
            links.add(c.code());
        }
        return new FigureTable("areas", "下级区划基层负担指数（" + year + " 年，每个乡镇/村每月平均）", "treemap",
                List.of("区划", "负担指数", "公文", "会议", "会议小时", "督查检查", "填报任务", "填报字段", "留痕要求",
                        "清单外事项", "公文较基准年%", "公文是否达标"), rows, links,
                "点击区划名称下钻；负担指数的算法与权重见「负担指数说明」。");
    }

    private List<Object> areaRow(String name, Map<BurdenKind, Amount> now, Map<BurdenKind, Amount> then, long n) {
        List<Object> target = targetRow(name, count(then, BurdenKind.DOCUMENT), count(now, BurdenKind.DOCUMENT));
        return new ArrayList<>(List.of(name, BurdenIndex.mean(now, settings.weights(), n, 12),
                count(now, BurdenKind.DOCUMENT), count(now, BurdenKind.MEETING),
                BurdenIndex.round2(measure(now, BurdenKind.MEETING)), count(now, BurdenKind.INSPECTION),
                count(now, BurdenKind.FORM), Math.round(measure(now, BurdenKind.FORM)), count(now, BurdenKind.PAPER_TRAIL),
                count(now, BurdenKind.OFF_LIST_TASK), target.get(4), target.get(5)));
    }

    private FigureTable trend(Division d, int year, int base, long n) {
        var now = rollups.receivedByMonth(d.code(), start(year), start(year + 1));
        var then = rollups.receivedByMonth(d.code(), start(base), start(base + 1));
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            var a = now.getOrDefault(LocalDate.of(year, m, 1), new EnumMap<>(BurdenKind.class));
            var b = then.getOrDefault(LocalDate.of(base, m, 1), new EnumMap<>(BurdenKind.class));
            rows.add(new ArrayList<>(List.of(m + "月", BurdenIndex.mean(a, settings.weights(), n, 1),
                    BurdenIndex.mean(b, settings.weights(), n, 1), count(a, BurdenKind.DOCUMENT), count(b, BurdenKind.DOCUMENT),
                    count(a, BurdenKind.MEETING), count(b, BurdenKind.MEETING))));
        }
        return new FigureTable("trend", "月度趋势：负担指数与公文、会议（" + year + " 年对比 " + base + " 年）", "trend",
                List.of("月份", "负担指数 " + year, "负担指数 " + base, "公文 " + year, "公文 " + base,
                        "会议 " + year, "会议 " + base), rows, null, null);
    }

    static long count(Map<BurdenKind, Amount> amounts, BurdenKind kind) {
        return amounts.getOrDefault(kind, Amount.ZERO).count();
    }

    static double measure(Map<BurdenKind, Amount> amounts, BurdenKind kind) {
        return amounts.getOrDefault(kind, Amount.ZERO).measure();
    }

    static LocalDate start(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
