package org.jianfu.quota.internal;

import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.springframework.stereotype.Component;

/** Gansu 2019: documents to lower levels cut by 30% against 2018, province-wide. */
@Component
class QuotaDemoData implements DemoData {

    private final QuotaRules rules;

    QuotaDemoData(QuotaRules rules) {
        this.rules = rules;
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
        rules.put("62", context.seedYear(), QuotaRule.Style.CUT_FROM_BASE, context.baseYear(), 30,
                "甘肃省2019年发文数量比2018年压减30%");
        context.advance(1);
        return 1;
    }
}
