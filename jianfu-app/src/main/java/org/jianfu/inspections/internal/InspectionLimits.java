package org.jianfu.inspections.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configurable caps and lists for inspections.
 *
 * @param yearlyCutPercent         a plan may hold at most last year's approved items minus this share
 * @param monthlyOnSitePerCounty   on-site inspections a county's units may host per month
 * @param overlapWindowDays        inspections of one unit this many days apart are joint candidates
 * @param paperTrailKeywords       留痕 words that may not be scoring material (若干规定)
 */
@ConfigurationProperties("jianfu.inspections")
public record InspectionLimits(@DefaultValue("1") int comprehensivePerPlan, @DefaultValue("0") int yearlyCutPercent,
                               @DefaultValue("4") int monthlyOnSitePerCounty, @DefaultValue("15") int overlapWindowDays,
                               @DefaultValue({"会议次数", "开会次数", "发文数量", "文件数量", "照片", "拍照", "截图", "笔记",
                                   "记录本", "工作台账", "留痕", "签到表", "打卡"}) List<String> paperTrailKeywords) {

    public static InspectionLimits defaults() {
        return new InspectionLimits(1, 0, 4, 15, List.of("会议次数", "开会次数", "发文数量", "文件数量", "照片", "拍照",
                "截图", "笔记", "记录本", "工作台账", "留痕", "签到表", "打卡"));
    }
}
