package org.jianfu.organization.internal;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.UnitKind;

/**
 * The units every division has: 党委, 政府, their offices and, at province, prefecture and county
 * level, the usual departments; 党委 and 政府 at township level; a 村（居）委会 in each village.
 */
final class UnitCatalog {

    /** A unit to create: its stable key, kind, full and short name, and 文号 prefix. */
    record Planned(String key, UnitKind kind, String name, String shortName, String numberPrefix, int order) {
    }

    /** key, kind, province name suffix, lower-level name suffix, 文号 code. */
    private record Department(String key, UnitKind kind, String provinceSuffix, String lowerSuffix, String code) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("org", UnitKind.DEPARTMENT, "委组织部", "委组织部", "组"),
            new Department("propaganda", UnitKind.DEPARTMENT, "委宣传部", "委宣传部", "宣"),
            new Department("ndrc", UnitKind.DEPARTMENT, "发展和改革委员会", "发展和改革局", "发改"),
            new Department("edu", UnitKind.DEPARTMENT, "教育厅", "教育局", "教"),
            new Department("civil", UnitKind.DEPARTMENT, "民政厅", "民政局", "民"),
            new Department("finance", UnitKind.DEPARTMENT, "财政厅", "财政局", "财"),
            new Department("hr", UnitKind.DEPARTMENT, "人力资源和社会保障厅", "人力资源和社会保障局", "人社"),
            new Department("land", UnitKind.DEPARTMENT, "自然资源厅", "自然资源局", "自然资源"),
            new Department("eco", UnitKind.DEPARTMENT, "生态环境厅", "生态环境局", "环"),
            new Department("housing", UnitKind.DEPARTMENT, "住房和城乡建设厅", "住房和城乡建设局", "建"),
            new Department("transport", UnitKind.DEPARTMENT, "交通运输厅", "交通运输局", "交"),
            new Department("water", UnitKind.DEPARTMENT, "水利厅", "水务局", "水"),
            new Department("agri", UnitKind.DEPARTMENT, "农业农村厅", "农业农村局", "农"),
            new Department("health", UnitKind.DEPARTMENT, "卫生健康委员会", "卫生健康局", "卫"),
            new Department("emergency", UnitKind.DEPARTMENT, "应急管理厅", "应急管理局", "应急"),
            new Department("market", UnitKind.DEPARTMENT, "市场监督管理局", "市场监督管理局", "市监"),
            new Department("stats", UnitKind.DEPARTMENT, "统计局", "统计局", "统"),
            new Department("rural", UnitKind.DEPARTMENT, "乡村振兴局", "乡村振兴局", "乡振"),
            new Department("rural-group", UnitKind.COORDINATION_BODY, "委农村工作领导小组办公室", "委农村工作领导小组办公室", "农领办"),
            new Department("burden", UnitKind.BURDEN_OFFICE, "整治形式主义为基层减负专项工作机制办公室",
                    "整治形式主义为基层减负专项工作机制办公室", "减负办"));

    private UnitCatalog() {
    }

    static List<Planned> unitsFor(DivisionLevel level, String divisionName) {
        String abbr = abbreviation(level, divisionName);
        return switch (level) {
            case PROVINCE, PREFECTURE, COUNTY -> upperUnits(level, divisionName, abbr);
            case TOWNSHIP -> townshipUnits(divisionName, abbr);
            case VILLAGE -> List.of(villageCommittee(divisionName, abbr));
        };
    }

    private static List<Planned> upperUnits(DivisionLevel level, String name, String abbr) {
        boolean province = level == DivisionLevel.PROVINCE;
        String office = province ? "办公厅" : "办公室";
        List<Planned> units = new ArrayList<>();
        units.add(new Planned("party", UnitKind.PARTY_COMMITTEE, "中共" + name + "委", name + "委", abbr + "发", 1));
        units.add(new Planned("party-office", UnitKind.PARTY_OFFICE, "中共" + name + "委" + office,
                name + "委" + office, abbr + "办发", 2));
        units.add(new Planned("gov", UnitKind.GOVERNMENT, name + "人民政府", name + "政府", abbr + "政发", 3));
        units.add(new Planned("gov-office", UnitKind.GOVERNMENT_OFFICE, name + "人民政府" + office,
                name + "政府" + office, abbr + "政办发", 4));
        int order = 10;
        for (Department d : DEPARTMENTS) {
            String suffix = province ? d.provinceSuffix() : d.lowerSuffix();
            String fullName = suffix.startsWith("委") ? "中共" + name + suffix : name + suffix;
            String shortName = d.kind() == UnitKind.BURDEN_OFFICE ? name + "减负办" : fullName.replace("中共", "");
            units.add(new Planned(d.key(), d.kind(), fullName, shortName, abbr + d.code() + "发", order++));
        }
        return units;
    }

    private static List<Planned> townshipUnits(String name, String abbr) {
        boolean street = name.endsWith("街道");
        String party = street ? "中共" + name + "工作委员会" : "中共" + name + "委员会";
        String gov = street ? name + "办事处" : name + "人民政府";
        return List.of(
                new Planned("party", UnitKind.PARTY_COMMITTEE, party, name + "党委", abbr + "党发", 1),
                new Planned("gov", UnitKind.GOVERNMENT, gov, name + (street ? "办事处" : "政府"), abbr + "政发", 2));
    }

    private static Planned villageCommittee(String name, String abbr) {
        String committee = name.endsWith("社区") ? name + "居民委员会" : name + "民委员会";
        return new Planned("committee", UnitKind.VILLAGE_COMMITTEE, committee, name + (name.endsWith("社区") ? "居委会" : "委会"),
                abbr + "委发", 1);
    }

    /** 甘肃省 → 甘, 兰州市 → 兰, 城关区 → 城关, 酒泉路街道 → 酒泉路: the head of a 文号 prefix. */
    static String abbreviation(DivisionLevel level, String name) {
        String stripped = name.replaceAll("(回族|藏族|东乡族|保安族|撒拉族|裕固族|哈萨克族|蒙古族)+自治(州|县)$", "")
                .replaceAll("(省|市|州|县|区|新区|街道|镇|乡|村|社区)$", "");
        return switch (level) {
            case PROVINCE, PREFECTURE -> stripped.substring(0, 1);
            default -> stripped.length() <= 3 ? stripped : stripped.substring(0, 2);
        };
    }
}
