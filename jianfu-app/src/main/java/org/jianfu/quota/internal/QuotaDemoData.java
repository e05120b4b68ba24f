package org.jianfu.quota.internal;

import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.springframework.stereotype.Component;

/** Gansu 2019: documents to lower levels cut by 30% against 2018, province-wide. */
@Component
class QuotaDemoData implements DemoData {

    private final QuotaRules rules;
    private final Organization organization;

    QuotaDemoData(QuotaRules rules, Organization organization) {
        this.rules = rules;
        this.organization = organization;
    }

    @Override
    public String name() {
        return "quota.rules";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context) {
        Division province = organization.root();
        rules.put(province.code(), context.seedYear(), QuotaRule.Style.CUT_FROM_BASE, context.baseYear(), 30,
                province.name() + context.seedYear() + "年发文数量比" + context.baseYear() + "年压减30%");
        context.advance(1);
        return 1;
    }
}
