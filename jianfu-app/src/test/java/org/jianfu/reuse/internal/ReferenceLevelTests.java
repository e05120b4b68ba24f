package org.jianfu.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianfu.organization.DivisionLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceLevelTests {

    @ParameterizedTest
    @CsvSource({"国务院办公厅,CENTRAL", "中共中央办公厅,CENTRAL", "国家发展和改革委员会,MINISTRY", "民政部,MINISTRY",
        "甘肃省人民政府办公厅,PROVINCE", "甘肃省应急管理厅,PROVINCE", "兰州市人民政府办公室,PREFECTURE",
        "临夏州委办公室,PREFECTURE", "榆中县人民政府,COUNTY", "城关区委办公室,COUNTY", "青白石街道办事处,TOWNSHIP",
        "和平镇人民政府,TOWNSHIP", "某协会,PROVINCE"})
    void theLevelIsReadFromTheOrgansName(String organ, ReferenceLevel level) {
        assertThat(ReferenceLevel.guess(organ)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"PROVINCE,COUNTY,true", "PROVINCE,PROVINCE,false", "MINISTRY,PROVINCE,true", "COUNTY,COUNTY,false",
        "TOWNSHIP,VILLAGE,false", "COUNTY,TOWNSHIP,true"})
    void aSourceIsHigherOnlyAboveTheUnitsLevel(ReferenceLevel source, DivisionLevel unit, boolean above) {
        assertThat(source.isAbove(unit)).isEqualTo(above);
    }
}
