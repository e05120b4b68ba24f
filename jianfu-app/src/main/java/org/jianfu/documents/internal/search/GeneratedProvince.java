package org.jianfu.documents.internal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.platform.corpus.LawsCorpus;

/**
 * Documents for the benchmark: each issued by a real unit of the imported organisation, addressed to
 * units of its own prefecture, titled like the demo's (topic × 文种), its body sentences of the shipped
 * national laws (the product's own corpus) around the topic. 85% issued, 5% withdrawn, 10% in the flow.
 */
final class GeneratedProvince {

    record UnitRow(long id, String name, String shortName, String path, String numberPrefix) {
    }

    static final String[] TOPICS = {"春季森林防火", "安全生产大检查", "防汛抗旱", "农村人居环境整治", "秸秆禁烧",
        "控辍保学", "扫黑除恶专项斗争", "乡村振兴", "耕地保护", "河长制湖长制", "食品安全", "冬春季消防安全",
        "农田水利建设", "城乡居民医保参保", "统计执法检查", "文明城市创建", "民族团结进步创建", "生态环境问题整改",
        "根治欠薪", "地质灾害防治", "义务植树", "禁毒宣传", "普法教育", "信访积案化解", "基层减负", "营商环境优化",
        "疫苗接种", "高标准农田建设", "防止返贫监测", "校园安全"};

    private final List<String> sentences = new ArrayList<>();
    private final List<UnitRow> units;
    private final java.util.Map<String, List<UnitRow>> byPrefecture;

    GeneratedProvince(List<UnitRow> units) {
        this.units = units;
        this.byPrefecture = units.stream().collect(java.util.stream.Collectors.groupingBy(u -> prefix(u.path(), 2)));
        for (LawsCorpus.LawText law : LawsCorpus.load()) {
            for (String s : law.text().split("[。\\n]")) {
                String t = s.strip().replaceFirst("^第[一二三四五六七八九十百零]+条\\s*", "");
                if (t.length() >= 20 && t.length() <= 200 && !t.startsWith("#")) {
                    sentences.add(t + "。");
                }
            }
        }
    }

    List<String> sentences() {
        return sentences;
    }

    IndexedDocument document(long id, Random random) {
        UnitRow issuer = units.get(random.nextInt(units.size()));
        DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        int roll = random.nextInt(100);
        DocumentState state = roll < 85 ? DocumentState.ISSUED : roll < 90 ? DocumentState.WITHDRAWN
                : DocumentState.values()[random.nextInt(4)];
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6 * 365));
        String number = state == DocumentState.ISSUED || state == DocumentState.WITHDRAWN
                ? issuer.numberPrefix() + "〔" + day.getYear() + "〕" + (1 + random.nextInt(300)) + "号" : null;
        String title = switch (kind) {
            case NOTICE -> "关于做好" + topic + "工作的通知";
            case OPINION -> "关于进一步加强" + topic + "工作的意见";
            case PLAN -> issuer.shortName() + topic + "工作实施方案";
            case DECISION -> "关于表彰" + (day.getYear() - 1) + "年度" + topic + "工作先进集体的决定";
            case MINUTES -> topic + "工作专题会议纪要";
            case LETTER -> "关于商请配合做好" + topic + "工作的函";
            case REPORT -> "关于" + day.getYear() + "年" + topic + "工作情况的报告";
            case REQUEST -> "关于申请" + topic + "专项经费的请示";
        };
        StringBuilder body = new StringBuilder("为切实做好").append(topic).append("工作，现就有关事项通知如下。\n");
        int count = 4 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            body.append(sentences.get(random.nextInt(sentences.size())));
            if (i % 3 == 2) {
                body.append('\n');
            }
        }
        body.append("各单位要加强组织领导，确保").append(topic).append("各项任务落到实处。");
        List<UnitRow> near = byPrefecture.get(prefix(issuer.path(), 2));
        List<Long> recipients = new ArrayList<>();
        int addressed = 1 + random.nextInt(12);
        for (int i = 0; i < addressed && !near.isEmpty(); i++) {
            long r = near.get(random.nextInt(near.size())).id();
            if (r != issuer.id() && !recipients.contains(r)) {
                recipients.add(r);
            }
        }
        Instant at = day.atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
        return new IndexedDocument(id, title, body.toString(), kind, state, number, issuer.id(), issuer.shortName(),
                issuer.name() + " " + issuer.shortName(), issuer.path(), List.of(), recipients, at);
    }

    private static String prefix(String path, int parts) {
        String[] p = path.split("\\.");
        return String.join(".", List.of(p).subList(0, Math.min(parts, p.length)));
    }
}
