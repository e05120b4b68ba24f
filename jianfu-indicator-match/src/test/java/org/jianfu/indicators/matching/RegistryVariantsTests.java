package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewrites every registry name the way departments do and checks the decision: cosmetic rewrites
 * merge, a qualifier on a contrast axis never does. Covers vocabulary no labelled pair mentions.
 */
class RegistryVariantsTests {

    private final FieldMatcher matcher = FieldMatcher.withShippedLexicon();
    private final List<Indicator> numeric = IndicatorRegistrySeed.load().stream()
            .filter(indicator -> !indicator.unitOfMeasure().isEmpty())
            .toList();

    @Test
    void cosmeticRewritesStayTheSameIndicator() {
        List<String> missed = new ArrayList<>();
        for (Indicator indicator : numeric) {
            String name = indicator.name();
            for (String variant : List.of(
                    name + "（" + indicator.unitOfMeasure() + "）",
                    "全村" + name,
                    " " + name.charAt(0) + " " + name.substring(1) + " ",
                    name + "情况",
                    "其中：" + name)) {
                if (!matcher.match(name, variant).same()) {
                    missed.add(name + " / " + variant + ": " + matcher.match(name, variant).reason());
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"累计", "上年", "年初", "计划", "男性", "女性", "60岁以上", "户籍", "常住", "新增", "减少",
            "未", "城镇", "2023年", "1-6月", "上半年", "目标", "应"})
    void aQualifierAddedToAnyIndicatorMakesAnotherNumber(String qualifier) {
        List<String> merged = new ArrayList<>();
        for (Indicator indicator : numeric) {
            String name = indicator.name();
            if (matcher.analyse(name).signature().equals(matcher.analyse(qualifier + name).signature())) {
                continue; // already stated: 女党员 is already 女性
            }
            if ("常住".equals(qualifier) && name.contains("人均") && (name.contains("收入") || name.contains("支出"))) {
                continue; // the household survey's per-capita figures are 常住 by definition (NY-023)
            }
            if (matcher.match(name, qualifier + name).same()) {
                merged.add(name + " = " + qualifier + name);
            }
        }
        assertThat(merged).isEmpty();
    }

    @Test
    void householdsAndPersonsNeverMerge() {
        List<String> merged = new ArrayList<>();
        for (Indicator indicator : numeric) {
            String name = indicator.name();
            if (name.endsWith("户数") && matcher.match(name, name.replace("户数", "人数")).same()) {
                merged.add(name);
            }
            if (name.endsWith("人数") && matcher.match(name, name.replace("人数", "户数")).same()) {
                merged.add(name);
            }
        }
        assertThat(merged).isEmpty();
    }
}
