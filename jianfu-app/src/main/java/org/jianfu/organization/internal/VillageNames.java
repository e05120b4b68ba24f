package org.jianfu.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plausible village (村) and community (社区) names for a township. No official list is at hand,
 * so they are generated, deterministically from the township code, and marked as generated.
 */
final class VillageNames {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "何",
        "罗", "高", "郭", "朱", "胡", "孙", "徐", "魏", "牛", "苏", "丁", "韩", "冯", "曹", "石", "包", "汪", "雷"};
    private static final String[] LANDFORMS = {"家沟", "家湾", "家庄", "家坪", "家川", "家岔", "家堡", "家河", "家台",
        "家寨", "家峡", "家营", "家塬", "家梁", "家窑", "家滩"};
    private static final String[] DIRECTIONS = {"东", "西", "南", "北", "上", "下", "新", "红", "前", "后", "大", "小"};
    private static final String[] PLACES = {"庄", "沟", "河", "滩", "坪", "湾", "岭", "川", "台", "峪"};
    private static final String[] COMMUNITIES = {"幸福", "和平", "团结", "建设", "友谊", "光明", "阳光", "新华", "胜利",
        "民主", "文化", "康乐", "滨河", "金城", "安宁", "祥和", "永丰", "兴隆"};

    private VillageNames() {
    }

    /** Between 6 and 16 names, unique within the township; communities for 街道. */
    static List<String> forTownship(String townshipCode, String townshipName) {
        Random random = new Random(Long.parseLong(townshipCode));
        boolean urban = townshipName.endsWith("街道");
        int count = 6 + random.nextInt(11);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(urban ? community(random) : village(random));
        }
        return new ArrayList<>(names);
    }

    private static String community(Random random) {
        return pick(random, COMMUNITIES) + "社区";
    }

    private static String village(Random random) {
        return random.nextInt(3) == 0
                ? pick(random, DIRECTIONS) + pick(random, PLACES) + "村"
                : pick(random, SURNAMES) + pick(random, LANDFORMS) + "村";
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
