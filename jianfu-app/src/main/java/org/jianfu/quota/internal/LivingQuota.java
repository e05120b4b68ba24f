package org.jianfu.quota.internal;

import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gansu after 2019: each year's documents to lower levels no more than the year before (只减不增),
 * province-wide, set on the first day of each year. Runs after the living documents (same stage,
 * name after theirs) and lets the counters of the period's years count again, so documents the demo
 * added to a year some unit had already issued in are in its used count.
 */
@Component
class LivingQuota implements LivingDemoData {

    private final QuotaRules rules;
    private final JdbcClient jdbc;
    private final Organization organization;

    LivingQuota(QuotaRules rules, JdbcClient jdbc, Organization organization) {
        this.rules = rules;
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "quota.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        long rows = 0;
        Division province = organization.root();
        for (int year = period.from().getYear(); year <= period.to().minusDays(1).getYear(); year++) {
            if (period.contains(java.time.LocalDate.of(year, 1, 1))) {
                rules.put(province.code(), year, QuotaRule.Style.NO_INCREASE, null, null, province.name() + year + "年发文数量只减不增");
                rows++;
            }
            rows += jdbc.sql("update quota.usage set seeded = false where year = ? and seeded").param(year).update();
        }
        return rows;
    }
}
