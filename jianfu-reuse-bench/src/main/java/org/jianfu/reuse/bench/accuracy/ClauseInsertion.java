package org.jianfu.reuse.bench.accuracy;

import java.util.Random;

/** Adds the clauses a local drafter adds (结合本地实际, 并报上级备案) after a third of the commas and sentence ends. */
final class ClauseInsertion implements Obfuscator {

    private static final String[] CLAUSES = {"结合本地区实际情况", "并报上一级主管部门备案", "切实履行监督管理职责",
        "做到依法依规、公开透明", "按照属地管理原则", "在规定期限内", "会同有关部门", "根据工作需要",
        "加强统筹协调", "确保各项措施落实到位", "坚持问题导向", "认真组织实施"};

    @Override
    public String apply(String passage, Random random) {
        StringBuilder out = new StringBuilder(passage.length() + 64);
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            if ((c == '，' || c == '。') && random.nextDouble() < 0.33) {
                String clause = CLAUSES[random.nextInt(CLAUSES.length)];
                out.append(c == '，' ? "，" + clause + "，" : "，" + clause + "。");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
