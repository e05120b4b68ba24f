package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldMatcherTests {

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            低保户数 | 最低生活保障户数
            低保人数 | 最低生活保障对象人数
            特困供养人数 | 特困人员数
            合作社数量 | 农民专业合作社数
            耕地面积 | 耕地总面积
            耕地面积（亩） | 耕地面积(亩)
            耕 地 面 积 | 耕地面积
            人口总数 | 总人口
            户籍人口 | 户籍人口数
            脱贫户数 | 脱贫户户数
            监测户数 | 防止返贫监测对象户数
            农村留守儿童人数 | 留守儿童数
            村级集体经济收入（万元） | 村集体经济收入（元）
            生猪存栏（头） | 生猪存栏量
            羊只存栏 | 羊存栏
            粮食作物播种面积 | 粮食播种面积（公顷）
            60周岁及以上老年人数 | 60岁以上人口
            隐患整改数 | 整改隐患数
            ６０岁以上老年人数 | 60岁以上老年人数
            村干部数 | 村干部人数
            村集体经济年收入 | 村集体经济收入
            小学生人数 | 小学在校生数
            六十岁以上老人 | 60周岁以上老年人口
            村委会换届日期 | 村民委员会换届时间
            """)
    void sameIndicatorUnderAnotherName(String a, String b) {
        MatchResult result = matcher.match(a, b);
        assertThat(result.same()).as(result.reason()).isTrue();
        assertThat(result.score()).isGreaterThanOrEqualTo(FieldMatcher.THRESHOLD).isLessThanOrEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            户籍人口 | 常住人口
            人口 | 常住人口
            低保户数 | 低保人数
            特困供养户数 | 特困供养人数
            生猪存栏 | 生猪出栏
            当月新增就业人数 | 累计新增就业人数
            本月临时救助人次 | 本年临时救助人次
            年末户籍人口 | 年初户籍人口
            新增耕地面积 | 耕地面积
            男性人口 | 女性人口
            总人口 | 男性人口
            60岁以上老年人数 | 80岁以上老年人数
            计划造林面积 | 实际造林面积
            计划粮食播种面积 | 粮食播种面积
            已整改隐患数 | 未整改隐患数
            生猪出栏（头） | 生猪出栏（吨）
            入学率 | 入学人数
            小麦播种面积 | 玉米播种面积
            耕地面积 | 林地面积
            城镇低保人数 | 农村低保人数
            农村人口 | 人口
            信访件数 | 信访人次
            计划生育家庭户数 | 独生子女家庭户数
            完成数 | 人口
            医保参保人数 | 城乡居民医保参保人数
            执业助理医师数 | 执业（助理）医师数
            2024年粮食产量 | 粮食产量
            男女比例 | 男性比例
            隐患整改率 | 已整改隐患数
            安全隐患排查次数 | 安全隐患排查处数
            合作社数 | 合作社人数
            企业 | 企业人数
            已整改隐患 | 隐患整改率
            是否通自来水 | 通自来水户数
            """)
    void lookAlikesAreKeptApart(String a, String b) {
        MatchResult result = matcher.match(a, b);
        assertThat(result.same()).as(result.reason()).isFalse();
        assertThat(result.score()).isLessThan(FieldMatcher.THRESHOLD).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void areaInMuAndHectaresIsOneIndicatorBecauseTheUnitsConvert() {
        MatchResult result = matcher.match("耕地面积（亩）", "耕地面积（公顷）");

        assertThat(result.same()).isTrue();
        assertThat(result.reason()).contains("单位可换算：亩 ↔ 公顷");
    }

    @Test
    void unitsThatDoNotConvertKeepFieldsApart() {
        MatchResult result = matcher.match("低保户数（户）", "低保户数（人）");

        assertThat(result.same()).isFalse();
        assertThat(result.reason()).isEqualTo("计量单位不同：户 vs 人");
    }

    @Test
    void reasonsNameTheSynonymOrTheClashInChinese() {
        assertThat(matcher.match("低保人数", "最低生活保障人数").reason()).startsWith("同义词：低保 = 最低生活保障");
        assertThat(matcher.match("户籍人口", "常住人口").reason()).isEqualTo("口径不同：户籍 vs 常住（人口口径）");
        assertThat(matcher.match("当月信访件数", "累计信访件数").reason()).isEqualTo("口径不同：当月 vs 累计（时间口径）");
        assertThat(matcher.match("耕地面积", "林地面积").reason()).isEqualTo("指标主体不同：耕地 vs 林地");
    }

    @Test
    void identicalNamesScoreOne() {
        assertThat(matcher.match("常住人口", "常住人口")).isEqualTo(new MatchResult(true, 1.0, "指标相同：常住人口"));
    }

    @Test
    void findDuplicatesReturnsOnlyTheSameIndicatorsBestFirst() {
        List<Candidate> found = matcher.findDuplicates("低保户数",
                List.of("低保人数", "最低生活保障户数", "低保户数（户）", "特困供养户数"));

        assertThat(found).extracting(Candidate::existingField).containsExactly("低保户数（户）", "最低生活保障户数");
        assertThat(found).allSatisfy(candidate -> assertThat(candidate.result().same()).isTrue());
    }

    @Test
    void findSimilarAlsoReturnsLookAlikesWithTheirClash() {
        List<Candidate> found = matcher.findSimilar("户籍人口", List.of("常住人口", "户籍人口数", "耕地面积"), 0.1);

        assertThat(found).extracting(Candidate::existingField).containsExactly("户籍人口数", "常住人口");
        assertThat(found.get(1).result().reason()).isEqualTo("口径不同：户籍 vs 常住（人口口径）");
    }

    @Test
    void findIndicatorMapsAFieldToTheRegistry() {
        assertThat(matcher.findIndicator("最低生活保障户数（户）")).map(Indicator::code).contains("MZ-001");
        assertThat(matcher.findIndicator("生猪出栏量（头）")).map(Indicator::name).contains("生猪出栏");
        assertThat(matcher.findIndicator("全村通网络的自然村数")).isEmpty();
    }

    @Test
    void analysisShowsHeadQualifiersAndDimension() {
        var analysis = matcher.analyse("本年新增农民专业合作社数量（个）");

        assertThat(analysis.core()).isEqualTo("农民专业合作社");
        assertThat(analysis.signature()).isEqualTo("农民专业合作社|TIME=本年|FLOW=新增");
        assertThat(analysis.unit().name()).isEqualTo("个");
    }
}
