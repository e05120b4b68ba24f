package org.jianfu.reuse.bench.accuracy;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "上下一般粗": a local unit copies a national or another local document and changes the names of the
 * state, the level and the place (国务院 → 省人民政府, 全国 → 全市, 甘肃省 → 上海市).
 */
final class PlaceNameSwap implements Obfuscator {

    static final Pattern NAMES = Pattern.compile(
            "中华人民共和国|国务院|全国|省、自治区、直辖市|本省|本市|全省|全市|县级|省级|设区的市|[\\p{IsHan}]{2}[省市县]人民政府|省人民政府|市人民政府");
    private static final String[] LOCAL = {"甘肃省", "上海市", "兰州市", "天水市", "本省", "本市", "陇南市", "浙江省",
        "张掖市甘州区", "临夏回族自治州", "武威市凉州区", "酒泉市"};
    private static final String[] GOVERNMENTS = {"省人民政府", "市人民政府", "县人民政府", "甘肃省人民政府", "兰州市人民政府",
        "上海市人民政府", "区人民政府"};
    private static final String[] WHOLE = {"全省", "全市", "全县", "全区"};
    private static final String[] LEVELS = {"市、县", "各市（州）", "县（市、区）", "各区"};

    @Override
    public String apply(String passage, Random random) {
        Matcher matcher = NAMES.matcher(passage);
        StringBuilder out = new StringBuilder(passage.length() + 16);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher.group(), random)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replacement(String name, Random random) {
        if (name.equals("中华人民共和国") || name.startsWith("本")) {
            return pick(LOCAL, random);
        }
        if (name.endsWith("政府") || name.equals("国务院")) {
            return pick(GOVERNMENTS, random);
        }
        if (name.startsWith("全")) {
            return pick(WHOLE, random);
        }
        if (name.endsWith("级")) {
            return random.nextBoolean() ? "市级" : "县级";
        }
        return pick(LEVELS, random);
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
