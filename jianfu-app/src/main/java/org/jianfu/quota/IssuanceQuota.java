package org.jianfu.quota;

/**
 * 发文限额 of one unit in one year.
 *
 * @param limit null only for the base year and before (a year without a rule of its own has the standing rule)
 * @param rule  the rule in words: "比 2018 年压减 30%（基数 60 件）", "不超过上年（2018 年 35 件）"
 */
public record IssuanceQuota(long unitId, int year, Integer limit, int used, String rule) {

    public Integer remaining() {
        return limit == null ? null : Math.max(0, limit - used);
    }

    public boolean exhausted() {
        return limit != null && used >= limit;
    }
}
