package org.jianfu.reuse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rewording-tolerant stage: light rewording of a higher-level text, and near-identical twin sources. */
class RewordedCopyTests {

    private static final String LAW = """
            # 城乡集贸市场管理法

            第一条 为了加强城乡集贸市场的管理，维护市场交易秩序，保护经营者和消费者的合法权益，促进商品流通，制定本法。

            第二条 对于依法设立的集贸市场，主管机关应当派出工作人员维持交易秩序和公共秩序，保障市场交易活动的顺利进行。

            第三条 市场开办者应当建立健全市场管理制度，配备必要的管理人员，明确场内经营者的进场条件和退出办法。

            第四条 在市场交易过程中，损坏公私财物或者侵害他人人身权利造成损失的，除依照治安管理处罚法的有关规定可以予以处罚外，还应当依法承担赔偿责任。

            第五条 场内经营者应当按照核定的经营范围从事经营活动，明码标价，不得以次充好、短斤少两或者哄抬价格。

            第六条 县级以上人民政府市场监督管理部门应当定期对集贸市场的计量器具进行检定，发现不合格的，责令限期更换。
            """;

    /** The same articles as a regulation would keep them: words swapped, clauses dropped or added, renumbered. */
    private static final String REWORDED = """
            # 某市集贸市场管理办法

            第一条 为加强本市集贸市场的管理，维护市场交易秩序，保护经营者和消费者合法权益，根据《城乡集贸市场管理法》，制定本办法。

            第二条 对依法设立的集贸市场，市场监督管理部门应当根据实际需要，派出工作人员维持交易秩序，保障市场交易活动的顺利开展。

            第三条 市场开办者须建立健全市场管理制度，配备必要的管理人员，明确场内经营者的进场条件和退出程序。

            第四条 在市场交易的过程中，损坏公私财物或者侵害他人人身权利造成损失的，应当依法承担赔偿责任。

            第五条 场内经营者应当按照登记的经营范围从事经营活动，明码标价，不得以次充好、短斤少两。

            第六条 市场监督管理部门应当定期对集贸市场的计量器具进行检定，发现不合格的，责令其限期更换。
            """;

    @Test
    void aLightlyRewordedRegulationIsFoundAsOneRewordedPassage() throws Exception {
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("law.md", LAW);
            index.add("other.md", OfficialTexts.original(new Random(3), 30));
            index.commit();

            ReuseReport report = index.check(REWORDED);

            assertThat(report.passages()).extracting(Passage::source).containsOnly("law.md");
            assertThat(report.passages()).hasSize(1);
            Passage passage = report.passages().get(0);
            assertThat(passage.kind()).isEqualTo(Passage.Kind.REWORDED);
            assertThat(passage.similarity()).isBetween(0.4, 0.8);
            assertThat(OfficialTexts.cut(REWORDED, passage.queryStart(), passage.queryEnd()))
                    .contains("派出工作人员维持交易秩序").contains("责令其限期更换");
            assertThat(report.copyRatio()).isGreaterThan(0.6);
        }
    }

    @Test
    void aVerbatimCopyIsCreditedToTheTwinHoldingAllOfItAndListsTheOther() throws Exception {
        String twin = LAW.replace("城乡集贸市场管理法", "农贸市场管理条例")
                .replace("明码标价，不得以次充好、短斤少两或者哄抬价格", "公开标示商品价格，禁止缺斤短两和以假充真");
        String copy = "# 关于转发集贸市场管理规定的通知\n\n" + LAW.substring(LAW.indexOf("第一条"));
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("city-a.md", twin);
            index.add("city-b.md", LAW);
            index.commit();

            ReuseReport report = index.check(copy);

            assertThat(report.passages()).hasSize(1);
            Passage passage = report.passages().get(0);
            assertThat(passage.source()).isEqualTo("city-b.md");
            assertThat(passage.kind()).isEqualTo(Passage.Kind.VERBATIM);
            assertThat(passage.alsoFoundIn()).containsExactly("city-a.md");
        }
    }

    @Test
    void theIndexKeepsTheTextsStageTwoReadsAcrossReopening(@TempDir Path folder) throws Exception {
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            index.add("law.md", LAW);
            index.add("other.md", OfficialTexts.original(new Random(3), 30));
        }
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            ReuseReport report = index.check(REWORDED);

            assertThat(report.passages()).extracting(Passage::kind).containsOnly(Passage.Kind.REWORDED);
            assertThat(report.copyRatio()).isGreaterThan(0.6);
        }
    }

    @Test
    void stageTwoReadsTheCallersTextWhenItIsTheOneIndexedAndOnlyThen(@TempDir Path folder) throws Exception {
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults().withRewordCandidates(0))) {
            index.add("law.md", LAW); // indexed without a kept text
        }
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            ReuseReport withoutTexts = index.check(REWORDED);
            ReuseReport withTheText = index.check(REWORDED, id -> true, id -> id.equals("law.md") ? LAW : null);
            ReuseReport withAnotherText = index.check(REWORDED, id -> true, id -> LAW.replace("集贸市场", "农贸市场"));

            // stage one alone finds the articles kept nearly verbatim, stage two the reworded ones too
            assertThat(withTheText.copyRatio()).isGreaterThan(withoutTexts.copyRatio() + 0.1);
            assertThat(withTheText.passages()).hasSize(1);
            assertThat(withAnotherText.passages()).isEqualTo(withoutTexts.passages());
        }
    }

    @Test
    void addIfChangedKeepsTheTextOfADocumentIndexedWithoutIt(@TempDir Path folder) throws Exception {
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults().withRewordCandidates(0))) {
            index.add("law.md", LAW);
            index.commit();
            assertThat(index.addIfChanged("law.md", LAW)).isFalse();
        }
        try (ReuseIndex index = ReuseIndex.open(folder, ReuseSettings.defaults())) {
            double before = index.check(REWORDED).copyRatio();

            assertThat(index.addIfChanged("law.md", LAW)).isTrue();
            index.commit();
            assertThat(index.addIfChanged("law.md", LAW)).isFalse();
            assertThat(index.check(REWORDED).copyRatio()).isGreaterThan(before + 0.1);
        }
    }

    @Test
    void amongNearEqualSourcesTheOneTheDraftCitesGetsTheStretchAClearlyLargerOneStillWins() throws Exception {
        String articles = LAW.substring(LAW.indexOf("第二条"), LAW.indexOf("第六条"));
        // a sibling regulation holding the same articles, one character off: the law is a hair closer
        String sibling = LAW.replace("城乡集贸市场管理法", "农贸市场管理条例").replace("配备必要的管理人员", "配备必需的管理人员");
        String head = "# 某市集贸市场管理办法\n\n第一条 结合本市实际，制定本办法。\n\n";
        String silent = head + articles;
        // cited, not as the legal basis: an article says where other matters are ruled
        String citing = head + articles + "第七条 本办法未规定的事项，适用《农贸市场管理条例》的规定。\n";
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("law.md", LAW);
            index.add("sibling.md", sibling);
            index.commit();

            assertThat(index.check(silent).passages()).extracting(Passage::source).containsExactly("law.md");
            Passage cited = index.check(citing).passages().get(0);
            assertThat(cited.source()).isEqualTo("sibling.md");
            assertThat(cited.alsoFoundIn()).containsExactly("law.md");
        }
        String partOnly = sibling.substring(0, sibling.indexOf("第三条"));
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("law.md", LAW);
            index.add("sibling.md", partOnly); // cited, but holds one article of the four
            index.commit();

            assertThat(index.check(citing).passages()).extracting(Passage::source).containsExactly("law.md");
        }
    }

    @Test
    void theLawADraftImplementsGetsTheStretchesItHoldsEvenAgainstALargerText() throws Exception {
        String articles = LAW.substring(LAW.indexOf("第二条"), LAW.indexOf("第六条"));
        // a larger text that copied the law's articles 2 to 5; the law itself is cited as the basis but is
        // only the first two articles long here (an older, shorter version)
        String larger = "# 集贸市场管理汇编\n\n" + LAW.substring(LAW.indexOf("第二条"));
        String shortLaw = LAW.substring(0, LAW.indexOf("第四条"));
        String implementing = "# 某市实施《城乡集贸市场管理法》办法\n\n第一条 根据《城乡集贸市场管理法》，结合本市实际，制定本办法。\n\n"
                + articles;
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("law.md", shortLaw);
            index.add("larger.md", larger);
            index.commit();

            List<Passage> passages = index.check(implementing).passages();

            // articles 2 and 3 go to the law, listing the larger text; articles 4 and 5 stay with the larger text
            assertThat(passages).extracting(Passage::source).containsExactly("law.md", "larger.md");
            Passage law = passages.get(0);
            Passage rest = passages.get(1);
            assertThat(law.alsoFoundIn()).containsExactly("larger.md");
            assertThat(OfficialTexts.cut(implementing, law.queryStart(), law.queryEnd()))
                    .contains("派出工作人员维持交易秩序").contains("退出办法").doesNotContain("损坏公私财物");
            assertThat(rest.queryStart()).isGreaterThanOrEqualTo(law.queryEnd());
            assertThat(OfficialTexts.cut(implementing, rest.queryStart(), rest.queryEnd()))
                    .contains("损坏公私财物").contains("短斤少两");
            assertThat(OfficialTexts.cut(larger, rest.sourceStart(), rest.sourceEnd())).contains("损坏公私财物");
        }
        try (ReuseIndex index = ReuseIndex.inMemory(ReuseSettings.defaults())) {
            index.add("law.md", shortLaw);
            index.add("larger.md", larger);
            index.commit();

            // the same articles without naming the law: the larger text explains all of them, as one passage
            String silent = implementing.replace("《城乡集贸市场管理法》", "有关法律").replace("实施有关法律办法", "集贸市场管理办法");
            assertThat(index.check(silent).passages()).extracting(Passage::source).containsExactly("larger.md");
        }
    }
}
