package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The families of misses named in issue #16, each with examples outside the labelled sets:
 * yearbook row markers, qualifiers that do not change the datum, organ rows, renamed rows.
 */
class MissFamiliesTests {

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            B 村卫生室数（个） | 村卫生室个数
            II 医疗救助人次 | 医疗救助人次
            c、敬老院数 | 敬老院个数
            #温室面积 | 温室面积
            ##规模以上工业企业数 | 规模以上工业企业个数
            其中：女性从业人员 | 女性从业人员数
            城镇居民医疗救助人次 | 城镇医疗救助人次
            农村居民临时救助户数 | 农村临时救助户数
            乡(镇)政府数 | 乡镇数
            街道办事处个数 | 街道数
            镇人民政府（个） | 镇数
            A 城市低保累计支出（万元） | 城市最低生活保障支出（亿元）
            专任教师：初中 | 初中专任教师数
            耕地面积：水田（公顷） | 水田耕地面积（亩）
            享受政府临时救助的农村居民 | 农村临时救助人数
            得到临时救助的城市居民 | 城市临时救助人数
            农村用电量（万千瓦时） | 农村用电量（亿千瓦·时）
            城镇常住居民人均消费支出 | 城镇居民人均消费支出
            氮肥施用量：按折纯量计算 | 氮肥施用量（折纯）
            当年出栏生猪头数 | 肉猪出栏头数
            养老保险人数 | 养老保险参保人数
            职业高中学校招生数 | 职业高中招生数
            卫生健康服务站 | 卫生服务站
            每千人拥有病床数 | 每千人口床位数
            农村临时救助：临时救助人次 | 农村临时救助人次
            高中学校数 | 高中（所）
            实际开放床位数 | 床位数
            城乡居民医疗保险：年末参加医疗保险人数 | 城乡居民医疗保险参保人数
            综合服务站机构数 | 综合服务站（个）
            城镇职工大病保险参保人数 | 职工大病保险参保人数
            灌溉渠道长度（公里） | 灌溉渠道（千米）
            农村公路总里程（公里） | 农村公路（万公里）
            输电线路长度（单程） | 输电线路长度（公里）
            血站（中心） | 血站
            急救中心（站） | 急救中心
            敬老院、所 | 敬老院
            护林员或巡山员人数 | 护林员和巡山员人数
            共有村卫生室 | 村卫生室数
            专兼职调解员人数 | 调解员人数
            全村总和生育率 | 总和生育率
            生活用水量 | 生活用水
            农村居民用电量（万千瓦时） | 农村居民用电（亿千瓦时）
            拖拉机台数 | 拖拉机（台）
            损坏房屋间数 | 损坏房屋（间）
            货物周转量（万吨公里） | 货物周转量（亿吨公里）
            播种面积（万hm2） | 播种面积（千公顷）
            十万人口火灾死亡人数 | 十万人口火灾死亡率
            人均GDP（元） | 人均国内生产总值（元）
            恩格尔系数（%） | 恩格尔系数
            """)
    void sameDatumUnderYearbookNotationAndDroppedQualifiers(String a, String b) {
        assertThat(matcher.match(a, b).same()).as(matcher.match(a, b).reason()).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            城镇居民人均可支配收入 | 城镇人均可支配收入的增速
            农村居民人口 | 人口
            医疗救助累计人次 | 医疗救助人次
            医疗救助累计支出（万元） | 医疗救助当月支出（万元）
            乡镇级合计（个） | 乡镇数
            i城市低保人数 | 农村低保人数
            专任教师：初中 | 专任教师：小学
            享受政府临时救助的农村居民 | 享受政府临时救助的农村户
            农村用电量（万千瓦时） | 农业机械总动力（万千瓦）
            化肥施用量：按实物量计算 | 化肥施用量（折纯）
            城镇常住人口 | 城镇人口
            全年出栏生猪 | 年末生猪存栏
            年初生猪存栏 | 生猪存栏
            养老保险人数 | 养老保险领取人数
            职业高中学校招生数 | 职业高中学校数
            编制床位数 | 实有床位数
            农村临时救助：临时救助人次 | 城市临时救助人次
            乡镇文化站（个） | 文化站（个）
            农村公路里程 | 农村公路养护里程
            公路里程（公里） | 公路桥梁（座）
            卫生院（所） | 卫生院床位数
            医院、卫生院 | 医院
            护林员人数 | 护林员和巡山员人数
            现有村卫生室 | 新增村卫生室
            农村输电线路长度（单程） | 输电线路总长度（公里）
            用水总量 | 用水量
            卫生所数 | 卫生室数
            车辆数 | 车数
            农村居民人均住房面积 | 居民人均住房面积
            道路交通事故死亡人数 | 道路交通万车死亡率
            货物周转量（亿吨公里） | 旅客周转量（亿人公里）
            水资源总量 | 水资源
            """)
    void stillDifferent(String a, String b) {
        assertThat(matcher.match(a, b).same()).as(matcher.match(a, b).reason()).isFalse();
    }
}
