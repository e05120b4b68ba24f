package org.jianfu.indicators.matching.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cuts contrast qualifiers (户籍, 当月, 存栏, 男性, 60岁以上 …) and filler words (合计, 全村, 总)
 * out of free text, recording each qualifier on its axis.
 */
final class QualifierExtractor {

    // Filler that never changes which number is asked for.
    private static final Set<String> FILLER = Set.of(
            "合计", "共计", "总计", "全村", "全乡镇", "全乡", "全镇", "全街道", "辖区内", "辖区",
            "本村", "本乡镇", "本乡", "本镇", "本街道", "村内", "其中", "情况", "的", "总", "全部",
            "所有", "各类", "各种", "收养性", "拥有", "统计", "目前", "当前", "现状", "小计", "享受", "纳入",
            // what exists or is counted anyway: 共有水库 = 水库, 专兼职网格员 = 网格员 (all of them),
            // 依法登记的农民合作社 = 农民合作社 (only registered ones are counted)
            "共有", "现有", "专兼职", "依法登记");
    // Calendar references: 2024年, 1-6月, 截至6月底, 6月份. Each is a period of its own.
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(\\d{4})年度?(?:末|底|初)?"),
            Pattern.compile("(?:截至|截止|到|至)?(\\d{1,2})月(?:底|末)"),
            Pattern.compile("(\\d{1,2}-\\d{1,2})月份?"),
            Pattern.compile("(\\d{1,2})月份?"));
    private static final Pattern AGE_RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})岁(?:以下|以内)?");
    private static final Pattern AGE_BOUND = Pattern.compile("(年满|满|未满|不满|不足)?(\\d{1,3})岁(以上|以下|以内)?");

    private final Map<String, Qualifier> qualifierBySurface;
    private final int longestSurface;

    QualifierExtractor(Map<String, Qualifier> qualifierBySurface) {
        this.qualifierBySurface = qualifierBySurface;
        int longest = FILLER.stream().mapToInt(String::length).max().orElse(1);
        for (String surface : qualifierBySurface.keySet()) {
            longest = Math.max(longest, surface.length());
        }
        this.longestSurface = longest;
    }

    /** Returns the text left after removing qualifiers and filler; qualifiers go to {@code found}. */
    String extract(String text, Map<ContrastAxis, Qualifier> found) {
        String rest = extractAge(extractDates(text, found), found);
        StringBuilder left = new StringBuilder();
        int i = 0;
        while (i < rest.length()) {
            int matched = 0;
            for (int length = Math.min(longestSurface, rest.length() - i); length >= 1; length--) {
                String candidate = rest.substring(i, i + length);
                Qualifier qualifier = qualifierBySurface.get(candidate);
                if (qualifier != null) {
                    record(qualifier, found);
                    matched = length;
                    break;
                }
                if (FILLER.contains(candidate)) {
                    matched = length;
                    break;
                }
            }
            if (matched == 0) {
                left.append(rest.charAt(i));
                i++;
            } else {
                i += matched;
            }
        }
        return left.toString();
    }

    private static String extractDates(String text, Map<ContrastAxis, Qualifier> found) {
        String rest = text;
        for (Pattern date : DATES) {
            Matcher matcher = date.matcher(rest);
            while (matcher.find()) {
                String value = matcher.group().replaceAll("^(截至|截止|到|至)", "").replace("底", "末")
                        .replace("年度", "年").replace("月份", "月");
                record(new Qualifier(ContrastAxis.TIME, value, matcher.group()), found);
                rest = rest.substring(0, matcher.start()) + rest.substring(matcher.end());
                matcher = date.matcher(rest);
            }
        }
        return rest;
    }

    private static String extractAge(String text, Map<ContrastAxis, Qualifier> found) {
        Matcher range = AGE_RANGE.matcher(text);
        if (range.find()) {
            record(new Qualifier(ContrastAxis.AGE, range.group(1) + "-" + range.group(2) + "岁", range.group()), found);
            return text.substring(0, range.start()) + text.substring(range.end());
        }
        Matcher bound = AGE_BOUND.matcher(text);
        if (bound.find()) {
            record(new Qualifier(ContrastAxis.AGE, bound.group(2) + "岁" + ageDirection(bound), bound.group()), found);
            return text.substring(0, bound.start()) + text.substring(bound.end());
        }
        return text;
    }

    // 年满60岁 is 60岁以上, 未满18岁 is 18岁以下; a bare 6岁 is that age only.
    private static String ageDirection(Matcher bound) {
        String prefix = bound.group(1);
        String suffix = bound.group(3);
        if (suffix != null) {
            return suffix.equals("以上") ? "以上" : "以下";
        }
        if (prefix == null) {
            return "";
        }
        return prefix.equals("未满") || prefix.equals("不满") || prefix.equals("不足") ? "以下" : "以上";
    }

    // Two values on one axis: one an unqualified name cannot mean outranks one it can (本年累计 is
    // 累计); two such values both count (男女比例 is neither 男 nor 女, 2024年1-6月 is not 1-6月).
    private static void record(Qualifier qualifier, Map<ContrastAxis, Qualifier> found) {
        ContrastAxis axis = qualifier.axis();
        Qualifier earlier = found.get(axis);
        if (earlier == null || axis.unstatedMayMean(earlier.value())) {
            found.put(axis, qualifier);
        } else if (!axis.unstatedMayMean(qualifier.value()) && !earlier.value().equals(qualifier.value())) {
            String value = Stream.of(earlier.value().split("\\+"), new String[] {qualifier.value()})
                    .flatMap(Arrays::stream).distinct().sorted().collect(Collectors.joining("+"));
            found.put(axis, new Qualifier(axis, value, earlier.surface() + qualifier.surface()));
        }
    }
}
