package org.jianfu.reuse.bench.accuracy;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level swaps of the kind a drafter makes: 应当 → 须, 依照 → 按照, 有关部门 → 相关部门 (each occurrence at 70%). */
final class SynonymSwap implements Obfuscator {

    private static final String[][] PAIRS = {
        {"应当", "须"}, {"依照", "按照"}, {"按照", "依照"}, {"有关", "相关"}, {"相关", "有关"}, {"不得", "禁止"},
        {"予以", "给予"}, {"进行", "开展"}, {"加强", "强化"}, {"采取", "实施"}, {"措施", "办法"}, {"保障", "保证"},
        {"及时", "尽快"}, {"制定", "出台"}, {"违反", "违背"}, {"负责", "承担"}, {"鼓励", "支持"}, {"促进", "推动"},
        {"职责", "职能"}, {"监督管理", "监管"}, {"主管部门", "管理部门"}, {"责令改正", "令其改正"}, {"没收", "收缴"},
        {"情节严重的", "情节恶劣的"}, {"组织", "机构"}, {"公民", "个人"}, {"本法", "本条例"}, {"提供", "给予"},
        {"必要的", "必需的"}, {"具体办法", "具体规定"}, {"建立", "建立健全"}, {"依法", "依照法律"}, {"可以", "能够"},
        {"规定", "要求"}, {"确保", "保证"}, {"应急", "紧急"}, {"符合", "满足"}, {"审查", "审核"}, {"批准", "核准"},
    };
    private static final Pattern WORDS = pattern();

    @Override
    public String apply(String passage, Random random) {
        Matcher m = WORDS.matcher(passage);
        StringBuilder out = new StringBuilder(passage.length() + 16);
        while (m.find()) {
            String word = m.group();
            String replacement = word;
            if (random.nextDouble() < 0.7) {
                for (String[] pair : PAIRS) {
                    if (pair[0].equals(word)) {
                        replacement = pair[1];
                        break;
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern pattern() {
        StringBuilder alternatives = new StringBuilder();
        java.util.Arrays.stream(PAIRS).map(p -> p[0]).sorted((a, b) -> b.length() - a.length())
                .forEach(w -> alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(w)));
        return Pattern.compile(alternatives.toString());
    }
}
