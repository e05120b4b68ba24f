package org.jianfu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JianfuTest
class OrganizationImportTests {

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsGansuDivisionsOneProvinceFourteenPrefecturesEightyEightCountiesAndTheirTownships() {
        var counts = organization.divisionCountsByLevel();
        assertThat(counts.get(DivisionLevel.PROVINCE)).isEqualTo(1);
        assertThat(counts.get(DivisionLevel.PREFECTURE)).isEqualTo(14);
        assertThat(counts.get(DivisionLevel.COUNTY)).isEqualTo(88);
        assertThat(counts.get(DivisionLevel.TOWNSHIP)).isEqualTo(1403);
    }

    @Test
    void everyTownshipHasGeneratedVillagesAndOnlyVillagesAreGenerated() {
        long townshipsWithoutVillages = jdbc.sql("""
                select count(*) from organization.division t where t.level = 'TOWNSHIP'
                and not exists (select 1 from organization.division v where v.parent_code = t.code)""").query(Long.class).single();
        assertThat(townshipsWithoutVillages).isZero();
        List<Boolean> generatedByLevel = jdbc.sql("select distinct generated from organization.division where level <> 'VILLAGE'")
                .query(Boolean.class).list();
        assertThat(generatedByLevel).containsExactly(false);
        assertThat(jdbc.sql("select bool_and(generated) from organization.division where level = 'VILLAGE'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void pathsFollowTheTreeSoSubtreesArePrefixes() {
        Division county = organization.division("620102").orElseThrow();
        assertThat(county.name()).isEqualTo("城关区");
        assertThat(county.path()).isEqualTo("62.6201.620102");
        assertThat(organization.ancestry("620102001")).extracting(Division::name)
                .containsExactly("甘肃省", "兰州市", "城关区", "酒泉路街道");
    }

    @Test
    void eachDivisionHasItsUnitsEachInExactlyOneDivision() {
        List<Unit> province = organization.unitsOf("62");
        assertThat(province).extracting(Unit::name)
                .contains("中共甘肃省委", "甘肃省人民政府", "甘肃省人民政府办公厅", "甘肃省教育厅", "甘肃省财政厅",
                        "中共甘肃省委组织部", "甘肃省整治形式主义为基层减负专项工作机制办公室");
        assertThat(province).filteredOn(u -> u.unitKey().equals("gov-office")).singleElement()
                .extracting(Unit::numberPrefix).isEqualTo("甘政办发");
        assertThat(organization.unitsOf("620102001")).extracting(Unit::kind)
                .containsExactly(UnitKind.PARTY_COMMITTEE, UnitKind.GOVERNMENT);
        String village = organization.children("620102001").getFirst().code();
        assertThat(organization.unitsOf(village)).extracting(Unit::kind).containsExactly(UnitKind.VILLAGE_COMMITTEE);
        long unitsWithoutDivision = jdbc.sql("""
                select count(*) from organization.unit u left join organization.division d on d.code = u.division_code
                where d.code is null""").query(Long.class).single();
        assertThat(unitsWithoutDivision).isZero();
    }

    @Test
    void documentNumberPrefixesAreUniquePerDivisionAboveTheVillages() {
        long clashes = jdbc.sql("""
                select count(*) from (select number_prefix from organization.unit u join organization.division d on d.code = u.division_code
                where d.level in ('PROVINCE', 'PREFECTURE', 'COUNTY') group by division_code, number_prefix having count(*) > 1) c""")
                .query(Long.class).single();
        assertThat(clashes).isZero();
    }
}
