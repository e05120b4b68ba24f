package org.jianfu.documents.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.platform.corpus.LawsCorpus;

/**
 * Titles and bodies of demo documents: a 公文 template around articles of the shipped laws, with the
 * region's own words (全省, 各市州 …), and {@link #localise} for copies that only swap place names.
 */
final class DemoTexts {

    static final String[] TOPICS = {"春季森林防火", "安全生产大检查", "防汛抗旱", "农村人居环境整治", "秸秆禁烧",
        "控辍保学", "扫黑除恶专项斗争", "脱贫攻坚", "耕地保护", "河长制湖长制", "食品安全", "冬春季消防安全",
        "农田水利建设", "城乡居民医保参保", "统计执法检查", "文明城市创建", "民族团结进步创建", "生态环境问题整改",
        "根治欠薪", "地质灾害防治", "义务植树", "禁毒宣传", "普法教育", "信访积案化解"};
    private static final String[] HEADINGS = {"提高思想认识", "明确工作任务", "突出工作重点", "强化工作保障", "严格督促落实"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零]+条\\s*(.+)$");

    /** Article sentences of one law, already stripped of "第X条". */
    record Source(String title, List<String> articles) {
    }

    private final List<Source> sources = new ArrayList<>();

    DemoTexts() {
        for (LawsCorpus.LawText law : LawsCorpus.load()) {
            List<String> articles = new ArrayList<>();
            for (String line : law.text().lines().toList()) {
                Matcher m = ARTICLE.matcher(line.strip());
                if (m.matches() && m.group(1).length() > 20) {
                    articles.add(m.group(1).length() > 220 ? m.group(1).substring(0, 220) + "。" : m.group(1));
                }
                if (articles.size() >= 30) {
                    break;
                }
            }
            if (articles.size() >= 6 && law.title().length() < 30) {
                sources.add(new Source(law.title(), articles));
            }
        }
    }

    Source source(Random random) {
        return sources.get(random.nextInt(sources.size()));
    }

    static String title(DocumentKind kind, String topic, Source law, Division division, int year) {
        return switch (kind) {
            case NOTICE -> law.title().length() < 16 && topic.length() % 2 == 0 ? "关于贯彻落实《" + law.title() + "》的通知"
                    : "关于做好" + topic + "工作的通知";
            case OPINION -> "关于进一步加强" + topic + "工作的意见";
            case PLAN -> division.name() + topic + "工作实施方案";
            case DECISION -> "关于表彰" + (year - 1) + "年度" + topic + "工作先进集体的决定";
            case MINUTES -> topic + "工作专题会议纪要";
            case LETTER -> "关于商请配合做好" + topic + "工作的函";
            case REPORT -> "关于" + year + "年" + topic + "工作情况的报告";
            case REQUEST -> "关于申请" + topic + "专项经费的请示";
        };
    }

    String body(DocumentKind kind, String topic, Source law, Division division, Random random) {
        StringBuilder b = new StringBuilder();
        String whole = whole(division);
        String each = each(division.level());
        b.append("为深入贯彻《").append(law.title()).append("》，切实做好").append(topic).append("工作，结合")
                .append(whole).append("实际，")
                .append(kind == DocumentKind.REPORT || kind == DocumentKind.REQUEST ? "现将有关情况报告如下。" : "现就有关事项通知如下。")
                .append('\n');
        int sections = 2 + random.nextInt(3);
        int article = random.nextInt(Math.max(1, law.articles().size() - 8));
        for (int s = 0; s < sections; s++) {
            b.append(NUMERALS[s]).append('、').append(HEADINGS[(s + random.nextInt(2)) % HEADINGS.length]).append('\n');
            int paragraphs = 1 + random.nextInt(2);
            for (int p = 0; p < paragraphs && article < law.articles().size(); p++) {
                b.append(law.articles().get(article++)).append('\n');
            }
        }
        b.append(each).append("要加强组织领导，压实工作责任，确保").append(whole).append(topic)
                .append("各项任务落到实处。").append('\n');
        b.append(division.name()).append("将适时对").append(each).append("工作开展情况进行调度。");
        return b.toString();
    }

    /** The copy of a higher-level text with only the place names swapped (甘肃省→兰州市, 全省→全市, 各市州→各县市区). */
    static String localise(String text, Division from, Division to) {
        return text.replace(from.name(), to.name()).replace(whole(from), whole(to))
                .replace(each(from.level()), each(to.level()));
    }

    static String whole(Division d) {
        String n = d.name();
        return switch (d.level()) {
            case PROVINCE -> "全省";
            case PREFECTURE -> n.endsWith("州") ? "全州" : "全市";
            case COUNTY -> n.endsWith("区") ? "全区" : n.endsWith("市") ? "全市" : "全县";
            case TOWNSHIP -> n.endsWith("街道") ? "全街道" : n.endsWith("乡") ? "全乡" : "全镇";
            case VILLAGE -> "全村";
        };
    }

    static String each(DivisionLevel level) {
        return switch (level) {
            case PROVINCE -> "各市州";
            case PREFECTURE -> "各县市区";
            case COUNTY -> "各乡镇（街道）";
            case TOWNSHIP, VILLAGE -> "各村（社区）";
        };
    }
}
