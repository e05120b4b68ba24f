package org.jianfu.identity.internal;

import java.util.Random;

/** Plausible Chinese personal names for demo accounts. */
final class PersonNames {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕玉兰晓红文斌春梅国庆红梅永刚小军丽娟宏伟海涛立新德明淑珍玉梅";

    private PersonNames() {
    }

    static String next(Random random) {
        char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
        int length = 1 + random.nextInt(2);
        StringBuilder name = new StringBuilder().append(surname);
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
