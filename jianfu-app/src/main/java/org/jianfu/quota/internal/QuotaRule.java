package org.jianfu.quota.internal;

/**
 * A rule for one region and year. CUT_FROM_BASE: at most (100 − cut)% of the base year's count,
 * rounded down (Gansu 2019: −30% against 2018). NO_INCREASE: at most last year's count (只减不增, 2024).
 * Where a region has set no rule for a year, the {@link #standing standing rule} applies.
 */
record QuotaRule(long id, String divisionCode, String divisionName, int year, Style style, Integer baseYear,
                 Integer cutPercent, String note) {

    enum Style {
        CUT_FROM_BASE,
        NO_INCREASE
    }

    /** Marks the standing rule, which no region wrote. */
    static final long STANDING_ID = 0;

    /**
     * The rule of a year no region has set a rule for: 只减不增, at most last year's count. Documents to
     * lower levels may only go down year on year, so a year without its own rule is never unlimited.
     */
    static QuotaRule standing(int year) {
        return new QuotaRule(STANDING_ID, null, null, year, Style.NO_INCREASE, null, null, "常设规则");
    }

    boolean isStanding() {
        return id == STANDING_ID;
    }

    /** The year whose count the limit is derived from. */
    int referenceYear() {
        return style == Style.NO_INCREASE ? year - 1 : baseYear;
    }

    int limit(int referenceCount) {
        return style == Style.NO_INCREASE ? referenceCount : Math.floorDiv(referenceCount * (100 - cutPercent), 100);
    }

    String describe(int referenceCount) {
        String rule = style == Style.NO_INCREASE
                ? "只减不增：不超过上年（" + (year - 1) + " 年 " + referenceCount + " 件）"
                : "比 " + baseYear + " 年压减 " + cutPercent + "%（基数 " + referenceCount + " 件）";
        return isStanding() ? "本地区 " + year + " 年未设发文限额，按常设规则" + rule : rule;
    }
}
