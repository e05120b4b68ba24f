package org.jianfu.reuse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianfu.platform.corpus.LawsCorpus;

/**
 * Demo higher-level documents built from the shipped national corpus (行政法规 and 部门规章 only, never a
 * 地方性法规): an 实施意见 of a province, a ministry, the State Council's office or a city that restates a run of
 * a regulation's articles as tasks, each followed by a duty of its own (who, by when), between an opening and
 * closing in the issuing organ's voice. {@link #restated} is what a county office writes when it copies one
 * with only the place words changed: the copying the gate is there to catch.
 */
final class ReferenceDemoTexts {

    /** An issuing organ of the demo: its level, name, 文号 prefix, place word and addressees' salutation. */
    record Organ(ReferenceLevel level, String name, String numberPrefix, String place, String salutation, String self) {
    }

    static final List<Organ> ORGANS = List.of(
            new Organ(ReferenceLevel.PROVINCE, "甘肃省人民政府办公厅", "甘政办发", "全省", "各市州人民政府，兰州新区管委会，省政府各部门，中央在甘各单位：", "省政府办公厅"),
            new Organ(ReferenceLevel.PROVINCE, "中共甘肃省委办公厅", "甘办发", "全省", "各市州党委，省委各部委，省级国家机关各部门党组（党委）：", "省委办公厅"),
            new Organ(ReferenceLevel.PROVINCE, "甘肃省人民政府", "甘政发", "全省", "各市州人民政府，兰州新区管委会，省政府各部门：", "省政府"),
            new Organ(ReferenceLevel.MINISTRY, "民政部", "民发", "各地", "各省、自治区、直辖市民政厅（局），新疆生产建设兵团民政局：", "民政部"),
            new Organ(ReferenceLevel.MINISTRY, "农业农村部", "农发", "各地", "各省、自治区、直辖市农业农村（农牧）厅（局、委）：", "农业农村部"),
            new Organ(ReferenceLevel.MINISTRY, "应急管理部", "应急", "各地", "各省、自治区、直辖市应急管理厅（局）：", "应急管理部"),
            new Organ(ReferenceLevel.CENTRAL, "国务院办公厅", "国办发", "各地区各部门", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "国务院办公厅"),
            new Organ(ReferenceLevel.PREFECTURE, "兰州市人民政府办公室", "兰政办发", "全市", "各县区人民政府，兰州高新区、兰州经济区管委会，市政府各部门：", "市政府办公室"));

    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零]+条\\s*(.+)$");
    private static final String[] DEPARTMENTS = {"发展改革", "财政", "民政", "人力资源社会保障", "自然资源", "生态环境",
        "住房城乡建设", "交通运输", "农业农村", "商务", "卫生健康", "应急管理", "市场监管", "司法行政", "教育", "公安"};
    private static final String[] DUTIES = {"要会同有关部门于%d月底前制定具体办法，明确责任分工和完成时限。",
        "牵头建立工作台账，每季度末将进展情况报送%s。", "要在%d个月内完成专项排查，对发现的问题逐项整改销号。",
        "负责组织开展业务培训，%d月底前实现基层工作人员全覆盖。", "要将此项工作纳入年度目标责任考核，考核结果于%d月底前报%s备案。",
        "要加强督促指导，对工作推进不力的通报批评，%d日内整改到位。"};

    private ReferenceDemoTexts() {
    }

    /** Regulations long enough to restate, from the national corpus only (行政法规, 部门规章), by id. */
    static List<LawsCorpus.LawText> usable(java.util.Collection<LawsCorpus.LawText> laws) {
        return laws.stream().filter(l -> l.id().startsWith("行政法规/") || l.id().startsWith("部门规章/"))
                .filter(l -> shortTitle(l).length() <= 30 && articles(l.text()).size() >= 12)
                .sorted(java.util.Comparator.comparing(LawsCorpus.LawText::id)).toList();
    }

    static String shortTitle(LawsCorpus.LawText law) {
        return law.title().replaceFirst("^中华人民共和国", "");
    }

    static String title(LawsCorpus.LawText law) {
        return "关于贯彻落实《" + shortTitle(law) + "》的实施意见";
    }

    /** The body of an 实施意见 restating a run of the law's articles as tasks, each with a duty. */
    static String body(LawsCorpus.LawText law, Organ organ, int year, Random random) {
        String name = "《" + shortTitle(law) + "》";
        List<String> articles = articles(law.text());
        int from = 1 + random.nextInt(Math.max(1, articles.size() - 11));
        List<String> lines = new ArrayList<>();
        lines.add(organ.salutation());
        lines.add("为深入贯彻落实" + name + "，进一步推动相关工作规范化、制度化，结合" + organ.place()
                + "实际，经研究同意，现提出如下实施意见。");
        lines.add("一、总体要求");
        lines.add("坚持以人民为中心的发展思想，坚持问题导向和目标导向，力争到" + (year + 2) + "年底，" + organ.place()
                + "相关制度机制更加健全，工作质量明显提升，群众满意度持续提高。");
        lines.add("二、重点任务");
        int task = 1;
        for (String article : articles.subList(from, Math.min(articles.size(), from + 10))) {
            String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] + "部门";
            String duty = String.format(DUTIES[random.nextInt(DUTIES.length)], 1 + random.nextInt(11), organ.self());
            lines.add("（" + chinese(task++) + "）" + localised(article, name, organ) + department + duty);
        }
        lines.add("三、保障措施");
        lines.add("各地各部门要把贯彻落实" + name + "摆上重要议事日程，主要负责同志亲自抓，分管负责同志具体抓，"
                + "确保各项任务落到实处。" + organ.self() + "将适时开展督促检查，重大事项及时报告。");
        lines.add(organ.name());
        lines.add(year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日");
        return String.join("\n", lines);
    }

    /** A county office's copy: the province's words with the county's place words and its own opening. */
    static String restated(String body, Organ organ, String county, String countyOffice) {
        String copied = body.replace(organ.salutation(), "各街道办事处、乡镇人民政府，区政府各部门：")
                .replace(organ.place(), "全区").replace(organ.self(), "区政府办公室")
                .replace("省人民政府", "区人民政府").replace("各市州、县市区人民政府", "各街道办事处、乡镇人民政府")
                .replace(organ.name(), countyOffice);
        return copied.replace("结合全区实际", "结合" + county + "实际");
    }

    /** The articles, each with the items that follow it, as single paragraphs. */
    static List<String> articles(String text) {
        List<String> articles = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.matches("^第[一二三四五六七八九十百零]+[章节].*")) {
                continue;
            }
            Matcher m = ARTICLE.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    articles.add(current.toString());
                }
                current = new StringBuilder(m.group(1));
            } else if (current != null) {
                current.append(line);
            }
        }
        if (current != null) {
            articles.add(current.toString());
        }
        return articles.stream().filter(a -> a.length() >= 30 && a.length() <= 600).toList();
    }

    private static String localised(String article, String name, Organ organ) {
        String s = article.replaceAll("本(条例|规定|办法|法|细则|决定)", name);
        if (organ.level() == ReferenceLevel.PROVINCE || organ.level() == ReferenceLevel.PREFECTURE) {
            String government = organ.level() == ReferenceLevel.PROVINCE ? "省人民政府" : "市人民政府";
            s = s.replace("国务院", government).replace("县级以上地方各级人民政府", "各市州、县市区人民政府")
                    .replace("县级以上地方人民政府", "各市州、县市区人民政府");
        }
        return s.endsWith("。") ? s : s + "。";
    }

    private static String chinese(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : "十" + digits[n - 10];
    }
}
