package org.jianfu.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jianfu.platform.time.Years;
import org.springframework.stereotype.Component;

/**
 * The burden index as a person reads it, in Chinese, with the weights in force: the page 负担指数怎么算,
 * and the table 负担指数说明 at the end of the dashboard and of the results report. (The developers'
 * account, with property names, is docs/burden-index.md.)
 */
@Component
public class BurdenIndexExplained {

    /** One thing that counts: what, per what, its weight, and why it weighs that much. */
    public record Item(String what, String per, double weight, String why) {
    }

    /** One line of the worked example and the points it adds. */
    public record ExampleLine(String text, String points) {
    }

    private final BurdenSettings settings;
    private final Years years;

    BurdenIndexExplained(BurdenSettings settings, Years years) {
        this.settings = settings;
        this.years = years;
    }

    public List<Item> items() {
        var w = settings.weights();
        return List.of(
                new Item("收到公文", "每件", w.documents(), "主送或抄送到乡镇、村的公文，每件计一次"),
                new Item("公文篇幅", "每千字", w.documentKilochars(), "篇幅越长，阅读和落实越费时间"),
                new Item("参加会议", "每次", w.meetings(), "乡镇、村参加的会议（含视频会议）"),
                new Item("会议时长", "每小时", w.meetingHours(), "在会场或视频会议上的时间"),
                new Item("参会往返", "每小时", w.travelHours(), "按组织单位与参会单位相隔的层级估算：" + org.jianfu.organization.TravelTime.explained()),
                new Item("接待督查检查", "每次", w.inspections(), "要准备材料、接待检查组，比一件公文费事得多"),
                new Item("填报任务", "每项", w.forms(), "上级下达的一项填表报数任务"),
                new Item("填报字段", "每个字段", w.formFields(), "实际填写的数据项"),
                new Item("留痕要求", "每项", w.paperTrail(), "督查检查中要求提供的台账、照片等留痕材料"),
                new Item("清单外事项", "每项", w.offListTasks(), "乡镇履职事项清单以外交办的事项"));
    }

    public int baseYear() {
        return years.base();
    }

    /** The cut against the base year that counts as met, in percent (30). */
    public long targetPercent() {
        return Math.round(settings.targetReduction() * 100);
    }

    /** The same items as a figure table, for the dashboard and the report. */
    FigureTable table() {
        List<List<Object>> rows = new ArrayList<>();
        for (Item i : items()) {
            rows.add(new ArrayList<>(List.of(i.what(), i.per(), i.weight())));
        }
        return new FigureTable("index", "负担指数说明：计入的事项与权重", "none", List.of("计入事项", "计量", "权重"), rows,
                null, "负担指数 = 各事项数量 × 权重之和，取地区内每个乡镇（街道）、村（社区）每月的平均值；只计落到基层的负担。");
    }

    /** A village's month (10 documents of 25,000 characters, 4 meetings …), computed with the weights in force. */
    public List<ExampleLine> example() {
        var w = settings.weights();
        List<ExampleLine> lines = new ArrayList<>();
        for (var e : exampleMonth().entrySet()) {
            Amount a = e.getValue();
            String text = switch (e.getKey()) {
                case DOCUMENT -> "收到公文 " + a.count() + " 件 × " + w.documents() + " + 篇幅 " + number(a.measure() / 1000)
                        + " 千字 × " + w.documentKilochars();
                case MEETING -> "参加会议 " + a.count() + " 次 × " + w.meetings() + " + 会议 " + number(a.measure())
                        + " 小时 × " + w.meetingHours();
                case TRAVEL -> "参会往返 " + number(a.measure()) + " 小时 × " + w.travelHours();
                case INSPECTION -> "接待督查检查 " + a.count() + " 次 × " + w.inspections();
                case FORM -> "填报任务 " + a.count() + " 项 × " + w.forms() + " + 填报字段 " + number(a.measure())
                        + " 个 × " + w.formFields();
                case PAPER_TRAIL -> "留痕要求 " + a.count() + " 项 × " + w.paperTrail();
                case OFF_LIST_TASK -> "清单外事项 " + a.count() + " 项 × " + w.offListTasks();
            };
            lines.add(new ExampleLine(text, number(BurdenIndex.of(Map.of(e.getKey(), a), w))));
        }
        return lines;
    }

    /** The example month's index. */
    public String exampleTotal() {
        return number(BurdenIndex.of(exampleMonth(), settings.weights()));
    }

    /** The example month as an area's yearly figure: two villages, twelve months. */
    public String exampleMean() {
        return number(BurdenIndex.mean(exampleMonth(), settings.weights(), 2, 12));
    }

    private static Map<BurdenKind, Amount> exampleMonth() {
        Map<BurdenKind, Amount> month = new EnumMap<>(BurdenKind.class);
        month.put(BurdenKind.DOCUMENT, new Amount(10, 25_000));
        month.put(BurdenKind.MEETING, new Amount(4, 6));
        month.put(BurdenKind.TRAVEL, new Amount(4, 8));
        month.put(BurdenKind.INSPECTION, new Amount(1, 0));
        month.put(BurdenKind.FORM, new Amount(2, 150));
        month.put(BurdenKind.PAPER_TRAIL, new Amount(3, 0));
        month.put(BurdenKind.OFF_LIST_TASK, new Amount(1, 0));
        return month;
    }

    /** 15 rather than 15.0, 1.58 as it is. */
    private static String number(double value) {
        return BigDecimal.valueOf(BurdenIndex.round2(value)).stripTrailingZeros().toPlainString();
    }
}
