package org.jianfu.indicators.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jianfu.indicators.matching.analysis.CharBigrams;
import org.jianfu.indicators.matching.analysis.ContrastAxis;
import org.jianfu.indicators.matching.analysis.Dimension;
import org.jianfu.indicators.matching.analysis.FieldAnalysis;
import org.jianfu.indicators.matching.analysis.Qualifier;
import org.jianfu.indicators.matching.analysis.SynonymUse;

/**
 * The decision for two analysed names. Any clash (units, or a contrast axis) means different
 * numbers, whatever the words share; otherwise the heads must agree exactly, by word order, or
 * through one registry indicator. A false merge costs more than a miss, so nothing weaker
 * (plain character overlap) ever merges two fields; it only shapes the score.
 */
final class FieldComparison {

    // Characters whose absence never changes the number asked for (公益性岗位, 村级).
    private static final Set<Integer> EMPTY_CHARACTERS = Set.of((int) '的', (int) '之', (int) '级', (int) '性');

    // Endings of heads that name institutions, places or works (合作社, 企业, 卫生院, 自然村 …);
    // not 干部 or 就业, which name people or what they do.
    private static final List<String> INSTITUTION_ENDINGS = List.of(
            "社", "场", "企业", "学校", "小学", "中学", "院", "室", "站", "点", "村", "组", "所", "馆", "厂",
            "店", "园", "库", "工程", "项目", "委员会", "协会", "局", "团", "区", "基地", "机构", "设施");

    // A count per so many units (亿元GDP生产安全事故死亡人数, 道路交通万车死亡人数, 煤矿百万吨死亡人数, 每千人口床位数)
    // is a ratio, and published as 率 as often as 人数: 安监总局 gave 2006's 亿元GDP事故死亡率 0.558 where the
    // 统计公报 gave 亿元GDP生产安全事故死亡人数 0.56.
    private static final Pattern PER_UNIT = Pattern.compile(
            "每?[0-9十百千万亿]+元?(gdp|国内生产总值|车|吨|人口|人|从业人员|就业人员|户|辆)");

    private FieldComparison() {
    }

    static MatchResult compare(FieldAnalysis a, FieldAnalysis b, RegistryIndex registry) {
        double surface = CharBigrams.dice(a.normalised(), b.normalised());
        double heads = CharBigrams.dice(a.core(), b.core());
        double likeness = (surface + heads) / 2;
        // Both names listed under one registry indicator: the registry's reader saw them used for
        // one datum (城市低保累计支出 = 城市最低生活保障支出 in 民政 reports), whatever the qualifiers say.
        Optional<Indicator> listed = registry.listedTogether(a, b);
        Optional<String> clash = unitClash(a, b).or(() -> listed.isPresent() ? Optional.empty() : axisClash(a, b));
        if (clash.isPresent()) {
            return new MatchResult(false, round(0.3 * likeness), clash.get());
        }
        Optional<String> headMatch = headMatch(a, b, registry);
        Optional<List<Indicator>> distinct = registry.distinct(a, b);
        if (headMatch.isPresent() && distinct.isPresent()) {
            // the heads look alike, but the registry keeps the two apart (乡镇级合计 counts 街道)
            Indicator left = distinct.get().get(0);
            Indicator right = distinct.get().get(1);
            return new MatchResult(false, round(0.3 * likeness), "指标库不同指标：" + left.name() + "（" + left.code()
                    + "） vs " + right.name() + "（" + right.code() + "）");
        }
        if (headMatch.isEmpty()) {
            return new MatchResult(false, round(0.55 * likeness),
                    "指标主体不同：" + shown(a) + " vs " + shown(b));
        }
        List<String> reasons = new ArrayList<>();
        synonymReason(a, b).ifPresent(reasons::add);
        reasons.add(headMatch.get());
        unitConversion(a, b).ifPresent(reasons::add);
        impliedQualifiers(a, b).ifPresent(reasons::add);
        double score = FieldMatcher.THRESHOLD + (1 - FieldMatcher.THRESHOLD) * (0.4 + 0.6 * surface);
        return new MatchResult(true, round(score), String.join("；", reasons));
    }

    /**
     * What the learned scorer sees of a pair ({@link PairFeatures#NAMES}, same order): the rules'
     * verdict and its parts (registry evidence, clashes) and how alike the names and heads are.
     */
    static double[] features(FieldAnalysis a, FieldAnalysis b, RegistryIndex registry, MatchResult rules) {
        boolean listed = registry.listedTogether(a, b).isPresent();
        boolean unitClash = unitClash(a, b).isPresent();
        boolean axisClash = !listed && axisClash(a, b).isPresent();
        boolean distinct = registry.distinct(a, b).isPresent();
        String left = a.core().isEmpty() ? a.normalised() : a.core();
        String right = b.core().isEmpty() ? b.normalised() : b.core();
        boolean contains = !left.equals(right) && (left.contains(right) || right.contains(left));
        double lengthGap = Math.abs(left.length() - right.length()) / (double) Math.max(1, Math.max(left.length(), right.length()));
        boolean sameDimension = a.dimension() != null && a.dimension() == b.dimension();
        return new double[] {1, rules.same() ? 1 : 0, listed ? 1 : 0, distinct ? 1 : 0, unitClash ? 1 : 0,
                axisClash ? 1 : 0, CharBigrams.dice(a.normalised(), b.normalised()), CharBigrams.dice(left, right),
                contains ? 1 : 0, lengthGap, sameDimension ? 1 : 0, insertedOnly(left, right) ? 1 : 0};
    }

    // 注册护士 / 注册护师、护士, 卫生机构 / 医疗卫生机构: one head is the other with words inserted,
    // as renamings and paraphrases go; sibling rows swap a word instead (猪肉产量 / 牛肉产量).
    private static boolean insertedOnly(String left, String right) {
        String shorter = left.length() <= right.length() ? left : right;
        String longer = shorter == left ? right : left;
        if (shorter.isEmpty() || shorter.equals(longer)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length();
    }

    private static Optional<String> unitClash(FieldAnalysis a, FieldAnalysis b) {
        if (countsPeopleOfAnInstitution(a, b) || countsPeopleOfAnInstitution(b, a)) {
            return Optional.of("计数对象不同：" + unitLabel(a) + " vs " + unitLabel(b));
        }
        if (a.dimension() == null && b.dimension() == null) {
            return Optional.empty();
        }
        if (a.dimension() == null || b.dimension() == null) {
            // a bare name (已整改隐患) asks for an amount, never for a rate
            Dimension stated = a.dimension() != null ? a.dimension() : b.dimension();
            return stated == Dimension.RATE
                    ? Optional.of("计量单位不同：" + unitLabel(a) + " vs " + unitLabel(b))
                    : Optional.empty();
        }
        if (a.dimension().compatibleWith(b.dimension()) || perUnitCountAsRate(a, b) || perUnitCountAsRate(b, a)) {
            return Optional.empty();
        }
        boolean notANumber = !a.dimension().numeric() || !b.dimension().numeric();
        return Optional.of((notANumber ? "数据类型不同：" : "计量单位不同：") + unitLabel(a) + " vs " + unitLabel(b));
    }

    private static boolean perUnitCountAsRate(FieldAnalysis rate, FieldAnalysis count) {
        return rate.dimension() == Dimension.RATE && count.dimension().countable()
                && PER_UNIT.matcher(count.normalised()).find();
    }

    // 合作社数 counts cooperatives, 合作社人数 their people: an open count of an institution is
    // never a count of persons or households.
    private static boolean countsPeopleOfAnInstitution(FieldAnalysis open, FieldAnalysis people) {
        boolean openCount = open.dimension() == null || open.dimension() == Dimension.COUNT;
        boolean ofPeople = people.dimension() == Dimension.PERSON || people.dimension() == Dimension.HOUSEHOLD
                || people.dimension() == Dimension.PERSON_TIME;
        return openCount && ofPeople && endsWithInstitution(open.core());
    }

    private static boolean endsWithInstitution(String head) {
        return INSTITUTION_ENDINGS.stream().anyMatch(head::endsWith);
    }

    private static String unitLabel(FieldAnalysis field) {
        if (field.unit() != null) {
            return field.unit().name();
        }
        return field.dimension() != null ? field.dimension().label() : "未注明";
    }

    private static Optional<String> axisClash(FieldAnalysis a, FieldAnalysis b) {
        for (ContrastAxis axis : ContrastAxis.values()) {
            Qualifier left = a.qualifiers().get(axis);
            Qualifier right = b.qualifiers().get(axis);
            if (left == null && right == null) {
                continue;
            }
            if (left != null && right != null) {
                if (!left.value().equals(right.value())) {
                    return Optional.of("口径不同：" + left.value() + " vs " + right.value() + "（" + axis.label() + "）");
                }
            } else {
                Qualifier stated = left != null ? left : right;
                if (residentSurvey(axis, stated.value(), a.core())) {
                    continue;
                }
                if (!axis.unstatedMayMean(stated.value()) || settlementNarrowsTotal(axis, a.core())
                        || settlementNarrowsNetwork(axis, a, b)) {
                    String l = left != null ? left.value() : "未限定";
                    String r = right != null ? right.value() : "未限定";
                    return Optional.of("口径不同：" + l + " vs " + r + "（" + axis.label() + "）");
                }
            }
        }
        return Optional.empty();
    }

    // Tells the form designer which qualifier the other name left to be understood (本年, 农村 …).
    private static Optional<String> impliedQualifiers(FieldAnalysis a, FieldAnalysis b) {
        List<String> implied = new ArrayList<>();
        for (ContrastAxis axis : ContrastAxis.values()) {
            Qualifier left = a.qualifiers().get(axis);
            Qualifier right = b.qualifiers().get(axis);
            if ((left == null) != (right == null)) {
                implied.add((left != null ? left : right).value());
            }
        }
        return implied.isEmpty() ? Optional.empty() : Optional.of("另一名称未写明，按" + String.join("、", implied) + "理解");
    }

    // 人均可支配收入 and 人均消费支出 come from the household survey, which counts 常住 residents:
    // 农村常住居民人均可支配收入 is what 农村居民人均可支配收入 means (江苏统计年鉴 5-1, county 公报).
    private static boolean residentSurvey(ContrastAxis axis, String value, String head) {
        return axis == ContrastAxis.SCOPE && "常住".equals(value) && head.contains("人均")
                && (head.contains("收入") || head.contains("支出"));
    }

    // 农村低保 is what a village means by 低保, but 农村人口, 农村居民人均可支配收入 and 农村居民家庭恩格尔系数
    // are published beside the all-residents figures (居民 split into 城镇居民 and 农村居民: 江苏统计年鉴 5-1),
    // so there an unstated settlement means both.
    private static boolean settlementNarrowsTotal(ContrastAxis axis, String head) {
        return axis == ContrastAxis.SETTLEMENT && (head.isEmpty() || head.startsWith("人均") || head.contains("居民"));
    }

    // 农村邮路 and 农村公路 are parts of the network that 邮路总长度 and 公路里程 measure whole.
    private static boolean settlementNarrowsNetwork(ContrastAxis axis, FieldAnalysis a, FieldAnalysis b) {
        return axis == ContrastAxis.SETTLEMENT && (a.dimension() == Dimension.LENGTH || b.dimension() == Dimension.LENGTH);
    }

    private static Optional<String> headMatch(FieldAnalysis a, FieldAnalysis b, RegistryIndex registry) {
        if (a.core().isEmpty() && b.core().isEmpty() && !(specific(a.dimension()) && specific(b.dimension()))
                && !a.normalised().equals(b.normalised())) {
            return Optional.empty(); // 完成数 says nothing about what is counted, so it is not 人口
        }
        if (a.core().equals(b.core())) {
            return Optional.of("指标相同：" + shown(a));
        }
        if (a.core().length() >= 4 && sortedCharacters(a.core()).equals(sortedCharacters(b.core()))) {
            return Optional.of("语序不同：" + a.core() + " = " + b.core());
        }
        if (withoutEmptyCharacters(a.core()).equals(withoutEmptyCharacters(b.core()))) {
            return Optional.of("仅差虚字：" + a.core() + " = " + b.core());
        }
        return registry.shared(a, b).map(indicator -> "指标库同一指标：" + indicator.name() + "（" + indicator.code() + "）");
    }

    private static boolean specific(Dimension dimension) {
        return dimension != null && dimension != Dimension.COUNT;
    }

    private static Optional<String> synonymReason(FieldAnalysis a, FieldAnalysis b) {
        Set<String> links = new LinkedHashSet<>();
        for (SynonymUse use : a.synonyms()) {
            links.add(use.surface() + " = " + use.canonical());
        }
        for (SynonymUse use : b.synonyms()) {
            links.add(use.surface() + " = " + use.canonical());
        }
        return links.isEmpty() ? Optional.empty() : Optional.of("同义词：" + String.join("，", links));
    }

    private static Optional<String> unitConversion(FieldAnalysis a, FieldAnalysis b) {
        if (a.unit() == null || b.unit() == null || a.unit().name().equals(b.unit().name())) {
            return Optional.empty();
        }
        return Optional.of("单位可换算：" + a.unit().name() + " ↔ " + b.unit().name());
    }

    private static String sortedCharacters(String text) {
        int[] points = text.codePoints().sorted().toArray();
        return new String(points, 0, points.length);
    }

    private static String withoutEmptyCharacters(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(point -> !EMPTY_CHARACTERS.contains(point)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    // A head of nothing but counting words (人口, 户数) is shown as the name itself.
    private static String shown(FieldAnalysis field) {
        return field.core().isEmpty() ? field.normalised() : field.core();
    }

    private static double round(double score) {
        return Math.round(score * 10000) / 10000.0;
    }
}
