package org.jianfu.indicators.internal.forms;

import java.util.List;
import org.jianfu.indicators.internal.requests.NewField;

/**
 * The demo's requests. 2018: each department asks villages for its own table, so 人口, 低保户数 and
 * 耕地面积 are asked three or four times under different names. 2019: fewer tables, the rest shared.
 */
final class DemoRequests {

    /** One department's quarterly table: unit key, title, fields, and whether it reuses shared data. */
    record Table(String department, String title, List<NewField> fields, boolean reuse) {
    }

    private DemoRequests() {
    }

    static NewField count(String name, String unit, String period) {
        return new NewField(name, unit, period, "INTEGER", true, "0", null, null);
    }

    static NewField money(String name, String unit, String period) {
        return new NewField(name, unit, period, "DECIMAL", true, "0", null, null);
    }

    /** The same in both years: 民政's own table. */
    private static Table civil() {
        return new Table("civil", "%d年第%d季度民政对象统计表", List.of(count("低保户数", "户", "MONTHLY"),
                count("低保人数", "人", "MONTHLY"), count("特困供养人数", "人", "MONTHLY"),
                count("户籍人口", "人", "YEARLY"), count("80岁以上老年人口", "人", "YEARLY")), false);
    }

    /** 统计's table, the same fields both years; in 2019 it reuses data already collected ({@code reuse}). */
    private static Table stats(boolean reuse) {
        return new Table("stats", "%d年第%d季度农村基本情况统计表", List.of(count("户籍总人口", "人", "YEARLY"),
                count("常住人口", "人", "YEARLY"), count("最低生活保障户数", "户", "MONTHLY"),
                count("耕地面积", "亩", "YEARLY"), money("农村居民人均可支配收入", "元", "YEARLY")), reuse);
    }

    /** The base year's tables ({@code baseYear}) or the fewer, shared ones of the years after. */
    static List<Table> of(boolean baseYear) {
        if (baseYear) {
            return List.of(
                    civil(), stats(false),
                    new Table("agri", "%d年第%d季度农业生产情况表", List.of(count("耕地面积", "公顷", "YEARLY"),
                            count("生猪存栏", "头", "QUARTERLY"), count("生猪出栏", "头", "QUARTERLY"),
                            count("农民专业合作社数", "个", "YEARLY"), count("户籍人口数", "人", "YEARLY")), false),
                    new Table("rural", "%d年第%d季度脱贫攻坚监测表", List.of(count("低保户", "户", "MONTHLY"),
                            count("户籍人口", "人", "YEARLY"), count("外出务工人数", "人", "QUARTERLY"),
                            money("人均可支配收入", "元", "YEARLY")), false),
                    new Table("health", "%d年第%d季度健康服务台账", List.of(count("60岁以上老年人口", "人", "YEARLY"),
                            count("0-6岁儿童人数", "人", "YEARLY"), count("户籍总人口", "人", "YEARLY")), false),
                    new Table("hr", "%d年第%d季度劳动力转移就业表", List.of(count("外出务工人员", "人", "QUARTERLY"),
                            count("劳动力人数", "人", "YEARLY"), count("户籍人口数", "人", "YEARLY")), false));
        }
        return List.of(
                civil(), stats(true),
                new Table("agri", "%d年第%d季度农业生产情况表", List.of(count("耕地面积", "公顷", "YEARLY"),
                        count("生猪存栏", "头", "QUARTERLY"), count("生猪出栏", "头", "QUARTERLY"),
                        count("农民专业合作社数", "个", "YEARLY")), false),
                new Table("hr", "%d年第%d季度劳动力转移就业表", List.of(count("外出务工人员", "人", "QUARTERLY"),
                        count("劳动力人数", "人", "YEARLY")), false),
                new Table("rural", "%d年第%d季度防返贫监测表", List.of(count("低保户", "户", "MONTHLY"),
                        count("外出务工人数", "人", "QUARTERLY"), count("防止返贫监测对象户数", "户", "QUARTERLY")), true));
    }
}
