package org.jianfu.inspections.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks of a plan: 留痕 keywords per item, and the caps checked when the plan is submitted. */
public final class PlanChecks {

    private final InspectionLimits limits;

    public PlanChecks(InspectionLimits limits) {
        this.limits = limits;
    }

    /** 留痕 keywords in the item's method or materials, in list order. */
    public List<String> paperTrail(String method, String materials) {
        String text = ((method == null ? "" : method) + " " + (materials == null ? "" : materials)).toLowerCase(Locale.ROOT);
        return limits.paperTrailKeywords().stream().filter(k -> text.contains(k.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * @param lastYearItems approved items of the department's plan last year, or {@code null} if it had none
     */
    public List<String> submissionProblems(List<PlanItem> items, Integer lastYearItems) {
        List<String> found = new ArrayList<>();
        if (items.isEmpty()) {
            found.add("计划中没有检查事项");
        }
        long comprehensive = items.stream().filter(PlanItem::comprehensive).count();
        if (comprehensive > limits.comprehensivePerPlan()) {
            found.add("综合性督查检查事项每个部门每年至多" + limits.comprehensivePerPlan() + "项，本计划有" + comprehensive + "项");
        }
        if (lastYearItems != null) {
            int cap = lastYearItems * (100 - limits.yearlyCutPercent()) / 100;
            if (items.size() > cap) {
                found.add("计划事项" + items.size() + "项，超过上限" + cap + "项（上年" + lastYearItems + "项）");
            }
        }
        for (PlanItem item : items) {
            if (!item.paperTrail().isEmpty()) {
                found.add("“" + item.title() + "”以留痕材料作为考核依据：" + String.join("、", item.paperTrail()));
            }
        }
        return found;
    }
}
