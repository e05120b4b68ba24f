package org.jianfu.indicators.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class IndicatorRegistrySeedTests {

    private final List<Indicator> seed = IndicatorRegistrySeed.load();

    @Test
    void seedHoldsTownshipAndVillageIndicatorsWithUniqueCodes() {
        assertThat(seed).hasSizeBetween(280, 2000);
        assertThat(seed.stream().map(Indicator::code).distinct()).hasSameSizeAs(seed);
        assertThat(seed).extracting(Indicator::level)
                .contains(Indicator.CollectionLevel.TOWNSHIP, Indicator.CollectionLevel.VILLAGE);
        assertThat(seed).extracting(Indicator::period).contains(Indicator.Period.values());
        assertThat(seed).extracting(Indicator::dataType).contains(Indicator.DataType.values());
    }

    @Test
    void seedNamesTheIndicatorsTheBriefAsksFor() {
        assertThat(seed).extracting(Indicator::name).contains(
                "户籍人口", "常住人口", "农村低保户数", "农村低保人数", "特困供养人数", "耕地面积",
                "农民专业合作社数", "安全隐患排查数", "生猪存栏", "生猪出栏", "粮食播种面积", "脱贫户数",
                "防止返贫监测户数", "农村留守儿童人数", "村集体经济收入");
    }

    @Test
    void numericIndicatorsCarryAUnitAndBoundsAreOrdered() {
        for (Indicator indicator : seed) {
            boolean numeric = indicator.dataType() == Indicator.DataType.INTEGER
                    || indicator.dataType() == Indicator.DataType.DECIMAL;
            assertThat(indicator.unitOfMeasure().isEmpty()).as(indicator.code()).isEqualTo(!numeric);
            if (indicator.min() != null && indicator.max() != null) {
                assertThat(indicator.min()).as(indicator.code()).isLessThanOrEqualTo(indicator.max());
            }
        }
    }

    @Test
    void matcherKeepsEveryTwoSeedIndicatorsApart() {
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            for (int j = i + 1; j < seed.size(); j++) {
                String a = seed.get(i).name();
                String b = seed.get(j).name();
                if (matcher.match(a, b).same()) {
                    merged.add(a + " = " + b);
                }
            }
        }
        assertThat(merged).isEmpty();
    }

    @Test
    void matcherJoinsEveryAliasWithItsIndicator() {
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        List<String> missed = new ArrayList<>();
        for (Indicator indicator : seed) {
            for (String alias : indicator.aliases()) {
                if (!matcher.match(indicator.name(), alias).same()) {
                    missed.add(indicator.name() + " / " + alias + ": " + matcher.match(indicator.name(), alias).reason());
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void findIndicatorMapsEveryNameAndAliasBackToItsIndicator() {
        FieldMatcher matcher = FieldMatcher.withShippedLexicon();
        List<String> wrong = new ArrayList<>();
        for (Indicator indicator : seed) {
            List<String> names = new ArrayList<>(indicator.aliases());
            names.add(indicator.name());
            for (String name : names) {
                String found = matcher.findIndicator(name).map(Indicator::code).orElse("none");
                if (!found.equals(indicator.code())) {
                    wrong.add(name + " → " + found + ", expected " + indicator.code());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noAliasIsSharedByTwoIndicators() {
        var seen = new HashSet<String>();
        for (Indicator indicator : seed) {
            for (String alias : indicator.aliases()) {
                assertThat(seen.add(alias)).as(alias).isTrue();
            }
        }
    }
}
