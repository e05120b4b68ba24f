package org.jianfu.indicators.matching.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a raw field name into one spelling: NFKC (full-width digits and brackets), no spaces or
 * quotes, 周岁 as 岁, and the unit taken out of brackets (耕地面积（亩） → 耕地面积 + 亩).
 */
public final class NameNormaliser {

    /** The name without its unit, and the unit if the brackets held a known one. */
    public record NormalisedName(String text, UnitOfMeasure unit) {
    }

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern TRAILING_UNIT = Pattern.compile("(?:单位:?|/|:|,)([^/:,()]{1,4})$");
    private static final Pattern GLUED_UNIT = Pattern.compile("(面积|产量|收入|支出|金额|资金|人口|里程|率|数|量)([^\\d]{1,3})$");
    private static final Pattern SUBSET_OF = Pattern.compile("(.*?)(人口|人员|劳动力|党员|学生|儿童|老年人|残疾人|收入)中的?(.+)");
    private static final Pattern CHINESE_AGE = Pattern.compile("([零一二两三四五六七八九十百]{1,4})(?=周?岁)");
    // Row markers of yearbooks and 报表: 1. 一、 (1) #, and letters or Roman numerals before a
    // sub-row (A 城市低保人数, C事实无人抚养儿童, II 农村低保对象价格临时补贴); not B超.
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:#+|\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}[、.]|\\([一二三四五六七八九十a-h\\d]{1,3}\\)"
                    + "|(?:[a-h]|i{1,3}|iv|vi{0,3}|ix)[、.]?(?=[\\p{IsHan}#(])(?![超级]))");
    // 城镇居民医疗救助 is 城镇医疗救助; but 城镇居民人均可支配收入, 城镇居民基本医疗保险 and 农村居民
    // 人口 name the residents themselves, so 居民 stays there.
    private static final Pattern RESIDENTS = Pattern.compile("(城市|城镇|农村|乡村)居民(?!人均|收入|消费|可支配|人口|基本|家庭|户|$)");
    // A row named after an organ counts the organs: 镇人民政府（个） = 镇数, 街道办事处个数 = 街道数.
    private static final Pattern ORGAN_ROW = Pattern.compile("^(乡镇|乡|镇|街道)(?:人民政府|政府|办事处)(?=$|数|个数|总数|\\()");
    private static final Pattern RANGE = Pattern.compile("(\\d)(?:岁)?[-—–~～至到](\\d)");
    // A category prefix with a colon (学校数：小学, 收养类单位：床位数): the child row is read with its
    // heading, the measure last (小学学校数, 收养类单位床位数).
    private static final Pattern MEASURE_END = Pattern.compile(
            "(数|数量|人数|户数|人次|面积|产量|产值|总量|量|额|率|比重|收入|支出|床位|人员|人口|教师|头数|只数)$");
    // 化肥施用量按折纯量计算 is the bracketed note 化肥施用量（折纯）
    private static final Pattern COMPUTED_AS = Pattern.compile("按(\\p{IsHan}{1,6}?)量?(?:计算|计)");
    // 享受政府最低生活保障的城市居民, 得到…救济的城市人数, 参加…保险的人数: the people counted come
    // last; read as 城市居民最低生活保障人数.
    private static final Pattern RELATIVE = Pattern.compile("^(享受|得到|领取|参加)(?:政府)?(\\p{IsHan}+?)的(\\p{IsHan}*)$");
    // 特殊教育学校在校学生 = 特殊教育在校学生, 中等职业学校 = 中等职业教育: before the pupils and
    // teachers counted, 学校 or 教育 only repeats the kind of schooling.
    private static final Pattern SCHOOL_KIND = Pattern.compile("(?<=\\p{IsHan}{2})(?:学校|教育)(?=在校|招生|毕业|专任教师)");
    // 初中学校（所） counts the 初中 that 初中（所） counts.
    private static final Pattern SCHOOL_LEVEL = Pattern.compile("(小学|初中|高中|中学)学校(?=数|个数|$)");
    // 文化站机构数 counts the 文化站: 机构 after an institution only repeats what is counted.
    private static final Pattern INSTITUTION_COUNT = Pattern.compile("(?<=[站馆院所室]|中心)机构(?=数|个数|$)");
    // not the 和 of 总和生育率
    private static final Pattern LIST_JOINER = Pattern.compile("(?<=\\p{IsHan}{2})(?:或|(?<!总)和|与)(?=\\p{IsHan}{2})");
    private static final Pattern PEOPLE_NOUN = Pattern.compile("(居民|人员|职工|群众|农民|老人|人)$");
    private static final Map<String, String> PERIOD_NOTES = Map.of("月", "月度", "季", "季度", "年", "年度", "日", "当日");
    // 单程: route lengths are counted one way by definition (邮路总长度（单程） = 邮路总长度（公里）)
    private static final Set<String> DROPPED_NOTES = Set.of("含", "含本数", "不含", "注", "", "单程");
    // Yearbooks write an institution's other or former name, or its other forms, in a bracket after it:
    // 疾病预防控制中心（防疫站）, 卫生监督所（局）, 妇幼保健院（所、站）; and 疗养院、所 lists the forms.
    private static final Pattern INSTITUTION = Pattern.compile("(?:院|所|站|局|中心|室|馆)$");
    private static final Pattern INSTITUTION_FORMS = Pattern.compile("^(?:\\p{IsHan}{0,6}(?:院|所|站|局|中心|室|馆))(?:、\\p{IsHan}{0,6}(?:院|所|站|局|中心|室|馆))*$");
    private static final Pattern LISTED_FORMS = Pattern.compile("(?<=[院所站局室馆])(?:、[院所站局室馆])+$");

    private NameNormaliser() {
    }

    public static NormalisedName normalise(String raw, Lexicon lexicon) {
        String text = withoutRowMarkers(clean(raw)).replace("乡(镇)", "乡镇");
        text = ORGAN_ROW.matcher(text).replaceFirst("$1");
        NormalisedName name = takeTrailingUnit(takeBracketNotes(text, lexicon), lexicon);
        text = name.text().replaceAll("^其中:?", "");
        text = COMPUTED_AS.matcher(text).replaceAll("〔$1〕");
        text = composeCategory(text);
        // a note closing the name reads the same with or without a unit bracket after it:
        // 化肥施用量（折纯）（吨） = 化肥施用量（折纯）
        text = text.replaceAll("〔([^〔〕]*)〕$", "$1");
        text = relativeClause(text);
        text = SCHOOL_KIND.matcher(text).replaceAll("");
        text = SCHOOL_LEVEL.matcher(text).replaceAll("$1");
        text = INSTITUTION_COUNT.matcher(text).replaceAll("");
        text = subsetToPrefix(text);
        text = CHINESE_AGE.matcher(text).replaceAll(match -> String.valueOf(chineseNumber(match.group(1))));
        text = RANGE.matcher(text).replaceAll("$1-$2");
        text = text.replace("及以上", "以上").replace("及以下", "以下").replace("以上含", "以上");
        text = RESIDENTS.matcher(text).replaceAll("$1");
        // 乡村医生或卫生员 = 乡村医生和卫生员 = 乡村医生、卫生员: one list, whatever joins it
        text = LIST_JOINER.matcher(text).replaceAll("、");
        text = text.replaceAll("[:;,，、。.!?·#]", "");
        return new NormalisedName(text, name.unit());
    }

    static String composeCategory(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return text;
        }
        String parent = text.substring(0, colon).replace(":", "");
        String child = withoutRowMarkers(text.substring(colon + 1));
        if (child.isEmpty()) {
            return parent;
        }
        boolean childMeasures = MEASURE_END.matcher(child).find() || child.startsWith("〔");
        boolean parentMeasures = MEASURE_END.matcher(parent).find();
        return !childMeasures && parentMeasures ? child + parent : parent + withoutRepeatedHeading(parent, child);
    }

    // 城市最低生活保障：最低生活保障人数: the row repeats the end of its heading (城市最低生活保障人数).
    private static String withoutRepeatedHeading(String parent, String child) {
        for (int length = Math.min(parent.length(), child.length() - 1); length >= 2; length--) {
            if (parent.endsWith(child.substring(0, length))) {
                return child.substring(length);
            }
        }
        // 城乡居民基本养老保险：期末参加基本养老保险人数 repeats the heading's last words inside the row
        for (int length = Math.min(parent.length(), child.length() - 1); length >= 4; length--) {
            int at = child.indexOf(parent.substring(parent.length() - length));
            if (at >= 0) {
                return child.substring(0, at) + child.substring(at + length);
            }
        }
        return child;
    }

    static String relativeClause(String text) {
        Matcher clause = RELATIVE.matcher(text);
        if (!clause.matches()) {
            return text;
        }
        String verb = clause.group(1);
        String what = clause.group(2) + ("参加".equals(verb) && clause.group(2).endsWith("保险") ? "参保" : "");
        String who = clause.group(3);
        if (who.isEmpty() || who.equals("人数") || who.equals("人口")) {
            return what + "人数";
        }
        if (who.endsWith("人数") || who.endsWith("户数")) {
            return who.substring(0, who.length() - 2) + what + who.substring(who.length() - 2);
        }
        if (who.endsWith("户")) {
            return who.substring(0, who.length() - 1) + what + "户数";
        }
        if (PEOPLE_NOUN.matcher(who).find()) {
            return who + what + "人数";
        }
        return text;
    }

    private static String withoutRowMarkers(String text) {
        String previous;
        do {
            previous = text;
            text = NUMBERING.matcher(text).replaceFirst("").replaceFirst("^其中:?", "");
        } while (!text.equals(previous));
        return text;
    }

    // Brackets hold the unit (亩), a period (月), a note (含预备党员) or part of the name (户籍).
    private static NormalisedName takeBracketNotes(String text, Lexicon lexicon) {
        UnitOfMeasure unit = null;
        Matcher bracket = BRACKETED.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (bracket.find()) {
            StringBuilder kept = new StringBuilder();
            // one bracket may hold several notes: （人，月报）
            for (String part : bracket.group(1).split("[,;、/]")) {
                String inside = part.replaceFirst("^单位:?", "");
                var found = lexicon.unit(inside);
                if (PERIOD_NOTES.containsKey(inside)) {
                    kept.append(PERIOD_NOTES.get(inside)); // 低保人数（月） asks for a monthly figure
                } else if (found.isPresent()) {
                    unit = found.get();
                } else if (!DROPPED_NOTES.contains(inside) && !inside.startsWith("含")) {
                    // a bracketed qualifier such as 人口（户籍） is part of the name, but
                    // 党员人数（含预备党员） only restates what the total includes
                    kept.append(inside);
                }
            }
            boolean insideName = bracket.start() > 0 && bracket.end() < text.length();
            boolean closesName = bracket.start() > 0 && text.substring(bracket.end()).matches("(\\([^()]*\\))*");
            if (closesName && unit == null && !kept.isEmpty()
                    && INSTITUTION.matcher(text.substring(0, bracket.start())).find()
                    && INSTITUTION_FORMS.matcher(bracket.group(1)).matches()) {
                kept.setLength(0); // 卫生监督所（局） is the 卫生监督所
            }
            if (insideName && !kept.isEmpty() && !lexicon.qualifierBySurface().containsKey(kept.toString())) {
                // 执业（助理）医师 means 执业医师 and 执业助理医师 together: neither of them
                kept.insert(0, '〔').append('〕');
            }
            bracket.appendReplacement(rest, Matcher.quoteReplacement(kept.toString()));
        }
        bracket.appendTail(rest);
        String named = LISTED_FORMS.matcher(rest.toString().replaceAll("[()]", "")).replaceAll("");
        return new NormalisedName(named, unit);
    }

    // 耕地面积/亩, 耕地面积，亩, and glued to a measure word: 耕地面积亩, 森林覆盖率%.
    private static NormalisedName takeTrailingUnit(NormalisedName name, Lexicon lexicon) {
        String text = name.text();
        Matcher trailing = TRAILING_UNIT.matcher(text);
        if (trailing.find() && lexicon.unit(trailing.group(1)).isPresent()) {
            return new NormalisedName(text.substring(0, trailing.start()), lexicon.unit(trailing.group(1)).get());
        }
        Matcher glued = GLUED_UNIT.matcher(text);
        if (glued.find() && lexicon.unit(glued.group(2)).isPresent()) {
            return new NormalisedName(text.substring(0, glued.end(1)), lexicon.unit(glued.group(2)).get());
        }
        return name;
    }

    // 户籍人口中的男性人数 → 户籍男性人数, 户籍人口中60岁以上 → 户籍60岁以上人口: a subset named
    // after its whole reads like the prefixed name.
    private static String subsetToPrefix(String text) {
        Matcher subset = SUBSET_OF.matcher(text);
        if (!subset.matches()) {
            return text;
        }
        String whole = subset.group(2);
        String part = subset.group(3);
        // 女童 already names its kind (儿童中女童 → 女童); 男性 does not (人口中男性 → 男性人口)
        boolean partNamesItsKind = part.endsWith("数") || part.endsWith("人口")
                || part.charAt(part.length() - 1) == whole.charAt(whole.length() - 1);
        return subset.group(1) + part + (partNamesItsKind ? "" : whole);
    }

    // 六十 → 60, 六十五 → 65, 一百 → 100: ages are written both ways.
    private static int chineseNumber(String numeral) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : numeral.toCharArray()) {
            if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                current = c == '两' ? 2 : digits.indexOf(c);
            }
        }
        return total + current;
    }

    /** NFKC, lower case, no whitespace or quotes, 周岁 as 岁, one kind of bracket. */
    public static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replaceAll("[\\s\\u00a0\\u3000·•]+", "");
        text = text.replaceAll("[\"'“”‘’「」『』《》〈〉]", "");
        text = text.replaceAll("[\\[【〔［{]", "(").replaceAll("[\\]】〕］}]", ")");
        text = text.replace('（', '(').replace('）', ')').replace('：', ':');
        return text.replace("周岁", "岁");
    }
}
