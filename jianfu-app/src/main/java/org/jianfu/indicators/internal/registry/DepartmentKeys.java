package org.jianfu.indicators.internal.registry;

import java.util.Map;

/** The registry names owning departments as a county knows them; map them to the unit catalogue's keys. */
final class DepartmentKeys {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("民政局", "civil"), Map.entry("农业农村局", "agri"), Map.entry("统计局", "stats"),
            Map.entry("卫生健康委", "health"), Map.entry("应急管理局", "emergency"), Map.entry("人社局", "hr"),
            Map.entry("教育局", "edu"), Map.entry("自然资源局", "land"), Map.entry("生态环境局", "eco"),
            Map.entry("住建局", "housing"), Map.entry("交通运输局", "transport"), Map.entry("水务局", "water"),
            Map.entry("市场监管局", "market"), Map.entry("乡村振兴局", "rural"), Map.entry("组织部", "org"),
            Map.entry("财政局", "finance"));

    private DepartmentKeys() {
    }

    /** The unit key, or null for departments the catalogue does not model (公安局, 医保局 ...). */
    static String keyOf(String department) {
        return KEYS.get(department);
    }
}
