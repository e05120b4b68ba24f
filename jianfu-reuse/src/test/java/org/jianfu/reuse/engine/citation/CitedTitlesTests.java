package org.jianfu.reuse.engine.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitedTitlesTests {

    @Test
    void citedTitlesAreNormalisedWithoutTheCountryPrefixOrBracketedParts() {
        String text = "第一条 根据《中华人民共和国商标法》（以下简称商标法）和《行政许可法（2019年修正）》，制定本条例。"
                + "依照《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》办理。";

        assertThat(CitedTitles.citedIn(text)).containsExactly("商标法", "行政许可法", "个人所得税法实施条例",
                "国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定");
    }

    @Test
    void aSourceIsTitledByItsFirstLineWhenThatIsATitle() {
        assertThat(CitedTitles.titleOf("\n# 中华人民共和国商标法\n\n第一条 为了加强商标管理，制定本法。")).isEqualTo("商标法");
        assertThat(CitedTitles.titleOf("第一条 为了加强商标管理，保护商标专用权，制定本法。")).isNull();
    }

    @Test
    void aFileNameIdSpellsATitle() {
        assertThat(CitedTitles.titleOfId("民法商法/商标法(2019-04-23).md")).isEqualTo("商标法");
        assertThat(CitedTitles.titleOfId("law:经济法/中华人民共和国水法")).isEqualTo("水法");
    }

    @Test
    void aTextCitingManyTitlesCitesAtMostTheFirstSixteen() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("《第").append(i).append("号法》、");
        }
        assertThat(CitedTitles.citedIn(text.toString())).hasSize(CitedTitles.MAX_CITED).first().isEqualTo("第0号法");
    }

    @Test
    void theLegalBasisIsWhatTheTitleLineAndTheMadeUnderSentenceCite() {
        String text = "# 某省实施《中华人民共和国水法》办法\n\n第一条 为了合理开发水资源，根据《中华人民共和国水法》和"
                + "《取水许可和水资源费征收管理条例》，结合本省实际，制定本办法。\n\n第九条 违反《中华人民共和国防洪法》的，依法处理。";

        assertThat(CitedTitles.basisIn(text)).containsExactly("水法", "取水许可和水资源费征收管理条例");
        assertThat(CitedTitles.citedIn(text)).contains("防洪法");
    }
}
