package org.jianfu.indicators.internal.forms;

import java.util.Random;

/** Plausible village figures, stable per village: population drives the rest; monthly ones drift a little. */
final class DemoValues {

    private DemoValues() {
    }

    static String value(FormItem item, long unitId, int monthIndex, Random random) {
        Random village = new Random(unitId * 7919);
        int population = 400 + village.nextInt(2600);
        int households = population * 10 / 33;
        int dibaoHouseholds = Math.max(1, households * (4 + village.nextInt(6)) / 100);
        String name = item.name();
        String unit = item.unitOfMeasure();
        int drift = random.nextInt(3) - 1;
        long value;
        if (name.contains("低保") && "户".equals(unit)) {
            value = dibaoHouseholds + drift * monthIndex % 2;
        } else if (name.contains("低保")) {
            value = dibaoHouseholds * 21L / 10 + drift;
        } else if (name.contains("耕地")) {
            double mu = population * 1.8;
            return "公顷".equals(unit) ? String.valueOf(Math.round(mu / 15)) : String.valueOf(Math.round(mu));
        } else if (name.contains("收入")) {
            return String.valueOf(7000 + village.nextInt(6000));
        } else if (name.contains("常住")) {
            value = population * 8L / 10;
        } else if (name.contains("人口") && !name.contains("岁")) {
            value = population;
        } else if (name.contains("80岁")) {
            value = population * 3L / 100;
        } else if (name.contains("60岁")) {
            value = population * 16L / 100;
        } else if (name.contains("儿童")) {
            value = population * 8L / 100;
        } else if (name.contains("存栏")) {
            value = population / 4 + random.nextInt(20);
        } else if (name.contains("出栏")) {
            value = population / 3 + random.nextInt(30);
        } else if (name.contains("务工")) {
            value = population / 4 + drift;
        } else if (name.contains("劳动力")) {
            value = population * 55L / 100;
        } else if (name.contains("监测") || name.contains("特困")) {
            value = 1 + village.nextInt(Math.max(2, households / 60));
        } else {
            value = village.nextInt(8);
        }
        return String.valueOf(Math.max(0, value));
    }
}
