package org.jianfu.indicators.matching.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            // a coefficient is a ratio, not a count of 数 (农田灌溉水有效利用系数, 恩格尔系数)
            Map.entry("系数", Dimension.RATE),
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

    // A measure word before 数 only says what is counted one by one (倒塌房屋间数 = 倒塌房屋（间）,
    // 拖拉机台数 = 拖拉机); the two-character words listed end in the same character but name the thing
    // itself (车辆数 counts 车辆, 平台数 平台), so there nothing is stripped. 所 and 部 are left out:
    // 卫生所, 干部.
    private static final List<String> MEASURE_WORDS_BEFORE_COUNT = List.of("间", "台", "辆", "座", "张", "套", "艘", "栋", "架");
    private static final Set<String> WORDS_ENDING_IN_A_MEASURE_WORD = Set.of(
            "车辆", "房间", "车间", "空间", "时间", "民间", "田间", "中间", "期间", "区间", "夜间", "乡间",
            "平台", "电台", "舞台", "站台", "阳台", "柜台", "灶台", "讲座", "茶座", "宝座", "底座",
            "纸张", "主张", "扩张", "配套", "外套", "框架", "骨架", "货架", "书架", "吊架", "支架");

    // 量 closing a name is the amount of what comes before it (农业用水量 = 农业用水, 民用汽车拥有量 =
    // 民用汽车); these words end in 量 but 量 is part of what they say (质量 is quality, 产量 and 施用量
    // are measure words of their own, 存量/增量 stock and flow, and 总量 may add up more than one count:
    // 信访总量 counts letters and visits, 信访件数 cases).
    private static final String AMOUNT = "量";
    private static final Set<String> WORDS_ENDING_IN_AMOUNT = Set.of(
            "质量", "能量", "含量", "流量", "容量", "重量", "热量", "剂量", "力量", "分量", "计量", "测量", "考量",
            "商量", "大量", "少量", "定量", "变量", "批量", "产量", "存量", "增量", "余量", "适量", "储量", "雨量",
            "用量", "总量");

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
        return strip(text, false);
    }

    /**
     * As {@link #strip(String)}; {@code totalAmount} says the name wrote 总量, whose 总 the filler
     * rule has already taken out, so its 量 stays (信访总量 is not 信访件数).
     */
    static Stripped strip(String text, boolean totalAmount) {
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
        head = withoutMeasureWordBeforeCount(head, counted);
        if (dimension == null) {
            dimension = measureWordDimension(head);
        }
        if (!totalAmount) {
            head = withoutAmount(head);
        }
        if (dimension == null && counted) {
            dimension = Dimension.COUNT; // 已整改隐患数 is a count, so never 整改率
        }
        return new Stripped(head, dimension);
    }

    private static String withoutMeasureWordBeforeCount(String head, boolean counted) {
        if (!counted || head.length() < 3) {
            return head;
        }
        String last = head.substring(head.length() - 1);
        String lastWord = head.substring(head.length() - 2);
        if (MEASURE_WORDS_BEFORE_COUNT.contains(last) && !WORDS_ENDING_IN_A_MEASURE_WORD.contains(lastWord)) {
            return head.substring(0, head.length() - 1);
        }
        return head;
    }

    private static String withoutAmount(String head) {
        if (head.length() < 3 || !head.endsWith(AMOUNT)) {
            return head;
        }
        String lastWord = head.substring(head.length() - 2);
        if (WORDS_ENDING_IN_AMOUNT.contains(lastWord) || head.endsWith("施用量")) {
            return head;
        }
        return head.substring(0, head.length() - 1);
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
