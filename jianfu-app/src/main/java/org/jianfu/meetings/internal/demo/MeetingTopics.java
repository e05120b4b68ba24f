package org.jianfu.meetings.internal.demo;

import java.util.List;

/** Work-meeting topics of 2018/2019 and the system (unit key) that calls each one at county level. */
final class MeetingTopics {

    record Topic(String title, String systemKey, int month) {
    }

    static final List<Topic> ALL = List.of(
            new Topic("春耕生产工作会议", "agri", 3),
            new Topic("安全生产工作会议", "emergency", 4),
            new Topic("防汛抗旱工作会议", "water", 5),
            new Topic("脱贫攻坚工作推进会议", "rural", 6),
            new Topic("非洲猪瘟防控工作会议", "agri", 9),
            new Topic("森林草原防火工作会议", "emergency", 10),
            new Topic("秸秆禁烧工作会议", "eco", 10),
            new Topic("农村人居环境整治工作会议", "rural", 4),
            new Topic("扫黑除恶专项斗争推进会议", "org", 7),
            new Topic("党风廉政建设工作会议", "org", 2),
            new Topic("城乡居民医疗保险征缴工作会议", "health", 11),
            new Topic("统计调查工作部署会议", "stats", 8));

    private MeetingTopics() {
    }
}
