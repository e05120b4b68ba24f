package org.jianfu.feedback.internal;

import java.util.List;
import java.util.Random;
import org.jianfu.feedback.FeedbackCategory;
import org.jianfu.organization.Unit;

/** Plausible wording for demo reports, answers and results. */
final class DemoTexts {

    private DemoTexts() {
    }

    static String body(FeedbackCategory category, Unit causing, Random random) {
        String who = causing.shortName();
        List<String> options = switch (category) {
            case PAPERWORK -> List.of(who + "本月转发上级文件十余份，原文照转，还要求逐份报送贯彻落实情况。",
                    who + "印发的实施方案与市里文件基本一致，只改了单位名称，乡镇还要再制定配套方案。");
            case MEETINGS -> List.of(who + "召开的推进会要求乡镇主要负责同志参加，会议内容与乡镇工作关系不大。",
                    who + "同一周内就同一项工作开了两次会，乡镇干部往返县城各需两个多小时。");
            case INSPECTIONS -> List.of(who + "本季度来村检查三次，每次都要求提供相同的台账资料。",
                    who + "督查组要求提前准备汇报材料和展板，接待准备占用了两天时间。");
            case FORMS -> List.of(who + "要求填报的表格与上月统计局要的数据基本相同，又要重新填一遍。",
                    who + "一张表要填一百多个字段，很多数据乡镇根本没有，只能估算。");
            case PAPER_TRAIL -> List.of(who + "要求每项工作都拍照留痕、整理成册，检查时只看材料不看实效。",
                    who + "要求入户走访必须上传照片和定位，村干部每天花大量时间整理照片。");
            case APPS_AND_GROUPS -> List.of(who + "要求村干部下载三个不同的政务App每天登录学习，还通报学习时长。",
                    who + "工作群里经常晚上十点后布置任务，要求立即回复收到并接龙。");
            case SECONDMENT -> List.of(who + "从乡镇借调两名干部已超过半年，乡镇工作无人承担。",
                    who + "以跟班学习为名长期抽调村干部，村里的工作只能由其他人兼顾。");
            case OTHER -> List.of(who + "把本部门的工作以属地管理的名义交给乡镇，却不提供人员和经费。",
                    who + "签订的责任书层层加码，要求乡镇承担超出职责范围的任务。");
        };
        return options.get(random.nextInt(options.size()));
    }

    static String answer(Random random) {
        return List.of("已了解情况，今后相关材料不再要求乡镇重复报送。",
                "经核实，确有重复要求，已合并相关事项并向乡镇说明。",
                "该会议确有必要，今后将改为视频会议，不再要求乡镇主要负责同志参会。").get(random.nextInt(3));
    }

    static String result(Random random) {
        return List.of("责任单位已整改，取消重复报送要求。", "已督促责任单位合并会议，改为视频方式召开。",
                "经核查情况属实，已通报并督促整改。").get(random.nextInt(3));
    }
}
