package org.jianfu.monitoring.internal;

import java.util.Map;

/**
 * 基层负担指数: the weighted sum of what landed, Σ weight × amount per kind (formula in
 * docs/burden-index.md). Linear, so it can be computed from monthly rollups of any area and month
 * range and divided by the number of grassroots divisions and months for a mean.
 */
final class BurdenIndex {

    private BurdenIndex() {
    }

    static double of(Map<BurdenKind, Amount> amounts, BurdenSettings.Weights w) {
        double index = 0;
        for (var e : amounts.entrySet()) {
            Amount a = e.getValue();
            index += switch (e.getKey()) {
                case DOCUMENT -> w.documents() * a.count() + w.documentKilochars() * a.measure() / 1000;
                case MEETING -> w.meetings() * a.count() + w.meetingHours() * a.measure();
                case TRAVEL -> w.travelHours() * a.measure();
                case INSPECTION -> w.inspections() * a.count();
                case FORM -> w.forms() * a.count() + w.formFields() * a.measure();
                case PAPER_TRAIL -> w.paperTrail() * a.count();
                case OFF_LIST_TASK -> w.offListTasks() * a.count();
            };
        }
        return index;
    }

    /** Mean per grassroots division and month, rounded to two decimals as shown everywhere. */
    static double mean(Map<BurdenKind, Amount> amounts, BurdenSettings.Weights w, long divisions, int months) {
        if (divisions <= 0 || months <= 0) {
            return 0;
        }
        return round2(of(amounts, w) / divisions / months);
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
