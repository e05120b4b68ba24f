package org.jianfu.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.feedback.FeedbackCategory;
import org.jianfu.feedback.Feedbacks;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.quota.IssuanceQuota;
import org.jianfu.quota.Quotas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables beside the burden itself: issuing units against target, 只减不增 breaches, 照抄照搬, feedback. */
@Component
class SideTables {

    private final Organization organization;
    private final BurdenSettings settings;
    private final Rollups rollups;
    private final Feedbacks feedbacks;
    private final org.springframework.beans.factory.ObjectProvider<Quotas> quotas;

    SideTables(Organization organization, BurdenSettings settings, JdbcClient jdbc, Feedbacks feedbacks,
               org.springframework.beans.factory.ObjectProvider<Quotas> quotas) {
        this.organization = organization;
        this.settings = settings;
        this.rollups = new Rollups(jdbc, "monitoring");
        this.feedbacks = feedbacks;
        this.quotas = quotas;
    }

    List<FigureTable> tables(Division d, int year, int base) {
        return List.of(issuers(d, year, base), quota(d, year), breaches(d, year), copying(d, year), feedback(d, year));
    }

    /** 发文限额 of this division's units, from the quota module. */
    private FigureTable quota(Division d, int year) {
        List<List<Object>> rows = new ArrayList<>();
        Quotas source = quotas.getIfAvailable();
        for (Unit u : source == null ? List.<Unit>of() : organization.unitsOf(d.code())) {
            IssuanceQuota q = source.standing(u.id(), year);
            if (q != null && q.limit() != null) {
                rows.add(new ArrayList<>(List.of(u.shortName(), q.rule() == null ? "" : q.rule(), (long) q.limit(), (long) q.used(),
                        q.used() <= q.limit() ? "达标" : "未达标")));
            }
        }
        return new FigureTable("quota", d.name() + "各单位发文限额（" + year + " 年）", "none",
                List.of("单位", "规则", "限额", "已发", "是否达标"), rows, null,
                rows.isEmpty() ? "本级单位没有适用的发文限额规则。" : "超出限额须书面说明，由上一级审批（公文模块）。");
    }

    private FigureTable issuers(Division d, int year, int base) {
        Map<Long, Map<Integer, Map<BurdenKind, Long>>> byUnit = new HashMap<>();
        for (var i : rollups.issuedByUnitsOf(d.path(), base, year)) {
            byUnit.computeIfAbsent(i.unitId(), u -> new HashMap<>()).computeIfAbsent(i.year(), y -> new HashMap<>())
                    .merge(i.kind(), i.count(), Long::sum);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Unit u : organization.units(byUnit.keySet())) {
            var years = byUnit.get(u.id());
            var now = years.getOrDefault(year, Map.of());
            long then = years.getOrDefault(base, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            List<Object> row = BurdenFigures.targetRow(settings, u.shortName(), then,
                    now.values().stream().mapToLong(Long::longValue).sum());
            for (BurdenKind k : BurdenFigures.HEADLINE) {
                row.add(now.getOrDefault(k, 0L));
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing((List<Object> r) -> (Long) r.get(2)).reversed().thenComparing(r -> (String) r.get(0)));
        return new FigureTable("issuers", d.name() + "各单位向下发文、开会、督查、填报（较 " + base + " 年）", "target-bars",
                List.of("单位", base + "年", "本年", "目标（≤）", "较基准年%", "是否达标", "公文", "会议", "督查检查", "填报任务"),
                rows, null, "按发起单位统计，每件只计一次（不按接收单位重复计）。");
    }

    private FigureTable breaches(Division d, int year) {
        Map<String, long[]> counts = new HashMap<>();
        for (var i : rollups.issuedInSubtree(d.path(), year - 1, year)) {
            if (i.kind() == BurdenKind.DOCUMENT || i.kind() == BurdenKind.MEETING) {
                counts.computeIfAbsent(i.unitId() + "|" + i.kind().name(), k -> new long[2])[i.year() == year ? 1 : 0] += i.count();
            }
        }
        List<Long> over = counts.entrySet().stream().filter(e -> e.getValue()[1] > e.getValue()[0])
                .map(e -> Long.parseLong(e.getKey().split("\\|")[0])).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        organization.units(over).forEach(u -> names.put(u.id(), u.name()));
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] k = key.split("\\|");
            if (c[1] > c[0]) {
                rows.add(new ArrayList<>(List.of(names.getOrDefault(Long.parseLong(k[0]), k[0]),
                        BurdenKind.valueOf(k[1]).label(), c[0], c[1], c[1] - c[0], "—")));
            }
        });
        rows.sort(Comparator.comparing((List<Object> r) -> (Long) r.get(4)).reversed().thenComparing(r -> (String) r.get(0)));
        return new FigureTable("breaches", "超过上年数量的单位（只减不增）", "none",
                List.of("单位", "类别", (year - 1) + "年", year + "年", "超出", "书面说明"),
                rows.size() > 100 ? rows.subList(0, 100) : rows, null,
                rows.isEmpty() ? "无超出上年的单位。" : "书面说明由发文限额（quota）模块的说明流程提供，接入后显示。");
    }

    private FigureTable copying(Division d, int year) {
        var rates = rollups.copyRates(d.path(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        Map<Long, String> names = new HashMap<>();
        organization.units(rates.stream().map(Rollups.CopyRate::unitId).toList()).forEach(u -> names.put(u.id(), u.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (var r : rates) {
            rows.add(new ArrayList<>(List.of(names.getOrDefault(r.unitId(), ""), r.checked(), r.copied(),
                    BurdenIndex.round2(r.copied() * 100.0 / Math.max(1, r.checked())))));
        }
        return new FigureTable("copying", "照抄照搬率（查重）", "bars", List.of("单位", "查重公文", "照抄照搬", "照抄照搬率%"),
                rows, null, rows.isEmpty() ? "暂无数据：查重（reuse）模块发布结果后自动显示。" : null);
    }

    private FigureTable feedback(Division d, int year) {
        Map<FeedbackCategory, Long> counts = feedbacks.countsByCategory(d.path(), year);
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((c, n) -> rows.add(new ArrayList<>(List.of(c.label(), n))));
        return new FigureTable("feedback", "基层减负观察点：反映数量（按类别）", "bars", List.of("类别", "反映数"), rows, null,
                "只统计数量，不显示单条反映。");
    }
}
