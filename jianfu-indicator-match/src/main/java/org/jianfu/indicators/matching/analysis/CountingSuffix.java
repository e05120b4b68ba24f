package org.jianfu.indicators.matching.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Trailing words that say how a number counts, not what it counts: 数/数量/总数 say nothing,
 * 户数 counts households, 人数/人口 persons, 率 is a rate, 面积 an area. They are stripped from the
 * head so that 脱贫户数, 脱贫户 and 脱贫户户数 share the head 脱贫; the outermost one fixes the
 * dimension (残疾人户数 counts households).
 */
final class CountingSuffix {

    /** The head left after stripping, and the dimension the outermost suffix stated (or null). */
    record Stripped(String head, Dimension dimension) {
    }

    private static final Map<String, Dimension> SUFFIXES = Map.ofEntries(
            Map.entry("数", Dimension.COUNT), Map.entry("数量", Dimension.COUNT), Map.entry("总数", Dimension.COUNT),
            Map.entry("数目", Dimension.COUNT), Map.entry("个数", Dimension.COUNT),
            Map.entry("人数", Dimension.PERSON), Map.entry("人口", Dimension.PERSON), Map.entry("人员", Dimension.PERSON),
            Map.entry("对象", Dimension.PERSON), Map.entry("人", Dimension.PERSON), Map.entry("名", Dimension.PERSON),
            Map.entry("户数", Dimension.HOUSEHOLD), Map.entry("户", Dimension.HOUSEHOLD),
            Map.entry("家庭数", Dimension.HOUSEHOLD), Map.entry("家庭", Dimension.HOUSEHOLD),
            Map.entry("人次", Dimension.PERSON_TIME), Map.entry("人次数", Dimension.PERSON_TIME),
            Map.entry("户次", Dimension.HOUSEHOLD_TIME), Map.entry("户次数", Dimension.HOUSEHOLD_TIME),
            Map.entry("件数", Dimension.ITEM), Map.entry("件", Dimension.ITEM), Map.entry("起", Dimension.ITEM),
            Map.entry("宗", Dimension.ITEM), Map.entry("个", Dimension.ITEM),
            Map.entry("次数", Dimension.EVENT), Map.entry("次", Dimension.EVENT),
            Map.entry("率", Dimension.RATE), Map.entry("比例", Dimension.RATE), Map.entry("比率", Dimension.RATE),
            Map.entry("占比", Dimension.RATE), Map.entry("比重", Dimension.RATE),
            Map.entry("日期", Dimension.DATE), Map.entry("时间", Dimension.DATE),
            Map.entry("面积", Dimension.AREA), Map.entry("亩数", Dimension.AREA), Map.entry("处数", Dimension.ITEM),
            // money: 低保资金 = 低保金额 = 低保发放额; 收入/支出/补贴 stay in the head, they say what money
            Map.entry("金额", Dimension.MONEY), Map.entry("资金", Dimension.MONEY), Map.entry("资金额", Dimension.MONEY),
            Map.entry("款额", Dimension.MONEY), Map.entry("数额", Dimension.MONEY), Map.entry("经费", Dimension.MONEY),
            Map.entry("额", Dimension.MONEY),
            // 量词 for livestock: 牛存栏头数, 羊只存栏, 家禽存栏只数
            Map.entry("头数", Dimension.ANIMAL), Map.entry("只数", Dimension.ANIMAL), Map.entry("羽数", Dimension.ANIMAL),
            Map.entry("匹数", Dimension.ANIMAL), Map.entry("头", Dimension.ANIMAL), Map.entry("只", Dimension.ANIMAL),
            Map.entry("羽", Dimension.ANIMAL),
            // the measure slot of a length: 投递路线长度 = 投递路线（公里）, 县道里程 = 县道（公里）; the
            // subject before it says what is measured (国家统计局 指标解释: 铁路营业里程 "又称营业长度")
            Map.entry("长度", Dimension.LENGTH), Map.entry("里程", Dimension.LENGTH),
            Map.entry("总长度", Dimension.LENGTH), Map.entry("总里程", Dimension.LENGTH));

    // 数 and its kin count whatever the head names: they give way to any other suffix (脱贫户数量 counts 户).
    private static final List<String> NEUTRAL = List.of("数", "数量", "总数", "数目", "个数");

    private static final List<String> LONGEST_FIRST = SUFFIXES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    // Head words that themselves say what the number measures.
    private static final Map<String, Dimension> MEASURE_WORDS = Map.ofEntries(
            Map.entry("收入", Dimension.MONEY), Map.entry("支出", Dimension.MONEY),
            Map.entry("资产", Dimension.MONEY), Map.entry("补贴", Dimension.MONEY),
            Map.entry("补助", Dimension.MONEY), Map.entry("贷款", Dimension.MONEY),
            Map.entry("投资", Dimension.MONEY), Map.entry("产值", Dimension.MONEY), Map.entry("费用", Dimension.MONEY),
            Map.entry("产量", Dimension.WEIGHT), Map.entry("施用量", Dimension.WEIGHT),
            Map.entry("动力", Dimension.POWER));

    private CountingSuffix() {
    }

    static Stripped strip(String text) {
        String head = text;
        Dimension dimension = null;
        boolean counted = false;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : LONGEST_FIRST) {
                if (head.endsWith(suffix)) {
                    head = head.substring(0, head.length() - suffix.length());
                    if (NEUTRAL.contains(suffix)) {
                        counted = true;
                    } else if (dimension == null) {
                        dimension = SUFFIXES.get(suffix);
                    }
                    stripped = true;
                    break;
                }
            }
        }
        if (dimension == null) {
            dimension = measureWordDimension(head);
        }
        if (dimension == null && counted) {
            dimension = Dimension.COUNT; // 已整改隐患数 is a count, so never 整改率
        }
        return new Stripped(head, dimension);
    }

    private static Dimension measureWordDimension(String head) {
        if (head.endsWith("劳动力")) {
            return null; // labour force, not 动力 (power)
        }
        for (var entry : MEASURE_WORDS.entrySet()) {
            if (head.endsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
