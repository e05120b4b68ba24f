package org.jianfu.indicators.matching.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a field name apart: normalise, rewrite synonyms, cut out qualifiers, strip counting
 * suffixes. Pure and thread-safe.
 */
public final class FieldAnalyzer {

    private static final Pattern ELDERLY_AGE = Pattern.compile("(\\d+)岁以上");
    private static final String ELDERLY = "老年";
    private static final String YES_NO = "是否";
    private static final String TOTAL_AMOUNT = "总量";
    private static final String INSURANCE = "保险";
    private static final String INSURED = "参保";
    private static final Pattern ANNUAL = Pattern.compile("(?<!\\d)年(人均|收入|支出|产量|产值|销售额)");
    private static final List<String> LEVEL_PREFIXES = List.of("乡镇级", "乡镇", "村级", "乡级", "镇级", "村", "乡", "镇");

    private final Lexicon lexicon;
    private final SynonymSegmenter synonyms;
    private final QualifierExtractor qualifiers;

    public FieldAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.synonyms = new SynonymSegmenter(lexicon.canonicalBySurface());
        this.qualifiers = new QualifierExtractor(lexicon.qualifierBySurface());
    }

    public FieldAnalysis analyse(String raw) {
        NameNormaliser.NormalisedName name = NameNormaliser.normalise(raw, lexicon);
        List<SynonymUse> uses = new ArrayList<>();
        Map<ContrastAxis, Qualifier> found = new EnumMap<>(ContrastAxis.class);
        StringBuilder rest = new StringBuilder();
        // 是否建成 asks yes or no, wherever the 是否 stands
        boolean yesNo = name.text().contains(YES_NO);
        String text = withoutLevelPrefix(name.text().replace(YES_NO, ""));
        for (SynonymSegmenter.Segment segment : synonyms.segment(text, uses)) {
            rest.append(segment.word() ? segment.text() : qualifiers.extract(segment.text(), found));
        }
        // 年收入 is the annual 收入 every 收入 field asks for; 上年收入 lost its 上年 to the qualifiers
        CountingSuffix.Stripped stripped = CountingSuffix.strip(ANNUAL.matcher(rest).replaceAll("$1"),
                name.text().contains(TOTAL_AMOUNT));
        String head = stripped.head();
        if (statesElderlyAge(found.get(ContrastAxis.AGE))) {
            // 60岁以上人口 and 60岁以上老年人口 are one number: the age already says 老年
            head = head.replace(ELDERLY, "");
        }
        if (stripped.dimension() == Dimension.PERSON && head.endsWith(INSURANCE) && !head.contains(INSURED)) {
            // 失业保险人数 in a 公报 counts the insured: 失业保险参保人数
            head = head + INSURED;
        }
        Dimension dimension = yesNo ? Dimension.YES_NO
                : name.unit() != null ? name.unit().dimension() : stripped.dimension();
        return new FieldAnalysis(raw, name.text(), head, found, dimension, name.unit(), uses);
    }

    // A village asked for 村常住人口 or 村低保户数 reports its 常住人口 or 低保户数: a leading level
    // word before a known word only says who reports. 村民, 村庄, 乡镇企业 keep theirs.
    private String withoutLevelPrefix(String text) {
        if (lexicon.knownWordLength(text) > 1) {
            return text; // 乡村医生 and 乡村人口 are words of their own, not 村医生 or 村人口 asked of a township
        }
        for (String prefix : LEVEL_PREFIXES) {
            if (text.startsWith(prefix) && text.length() > prefix.length()
                    && lexicon.startsWithKnownWord(text.substring(prefix.length()))) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    private static boolean statesElderlyAge(Qualifier age) {
        if (age == null) {
            return false;
        }
        Matcher matcher = ELDERLY_AGE.matcher(age.value());
        return matcher.matches() && Integer.parseInt(matcher.group(1)) >= 60;
    }
}
