package org.jianfu.reuse.bench.accuracy;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives articles, chapters and list items other numbers and other numbering styles. */
final class Renumbering implements Obfuscator {

    private static final Pattern NUMBERING = Pattern.compile(
            "第[一二三四五六七八九十百零]+([条章节款项])|（[一二三四五六七八九十]+）|(?m)^[一二三四五六七八九十]+、");
    private static final String NUMERALS = "一二三四五六七八九十";

    @Override
    public String apply(String passage, Random random) {
        Matcher matcher = NUMBERING.matcher(passage);
        StringBuilder out = new StringBuilder(passage.length() + 16);
        while (matcher.find()) {
            String found = matcher.group();
            String number = chineseNumber(1 + random.nextInt(120));
            String replacement;
            if (found.startsWith("第")) {
                replacement = "第" + number + matcher.group(1);
            } else if (found.startsWith("（")) {
                replacement = random.nextBoolean() ? "(" + (1 + random.nextInt(9)) + ")" : (1 + random.nextInt(9)) + ".";
            } else {
                replacement = random.nextBoolean() ? (1 + random.nextInt(9)) + "．" : "（" + number + "）";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String chineseNumber(int n) {
        if (n <= 10) {
            return n == 10 ? "十" : String.valueOf(NUMERALS.charAt(n - 1));
        }
        if (n < 20) {
            return "十" + NUMERALS.charAt(n - 11);
        }
        if (n < 100) {
            return NUMERALS.charAt(n / 10 - 1) + "十" + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1)));
        }
        return "一百" + (n % 100 == 0 ? "" : (n % 100 < 10 ? "零" : "") + chineseNumber(n % 100));
    }
}
