package org.jianfu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one home of data scope, rule by rule. */
class DivisionScopeTests {

    private static Actor actor(Role role, long unit, String path) {
        return new Actor(1, "u", "测试", role, unit, "单位", path.substring(path.lastIndexOf('.') + 1), path);
    }

    @Test
    void aClerkReadsOwnUnitOnlyAndBrowsesOwnSubtree() {
        DivisionScope clerk = actor(Role.CLERK, 7, "62.6201.620102").scope();
        assertThat(clerk.mayReadUnit(7, "62.6201.620102")).isTrue();
        assertThat(clerk.mayReadUnit(8, "62.6201.620102")).isFalse();
        assertThat(clerk.mayBrowse("62.6201.620102.620102001")).isTrue();
        assertThat(clerk.mayBrowse("62.6201.620103")).isFalse();
        assertThat(clerk.browseRoot()).isEqualTo("62.6201.620102");
    }

    @Test
    void aBurdenOfficeReadsItsSubtreeButNotANeighbourWithALongerCode() {
        DivisionScope office = actor(Role.MONITOR, 9, "62.6201").scope();
        assertThat(office.monitors("62.6201.620102")).isTrue();
        assertThat(office.monitors("62.62010")).as("a code that only starts alike").isFalse();
        assertThat(office.monitors("62.6202")).isFalse();
    }

    @Test
    void theAdministratorReadsEverythingAndBrowsesTheProvince() {
        DivisionScope admin = actor(Role.ADMIN, 1, "62.6201").scope();
        assertThat(admin.monitors("62.6209.620901")).isTrue();
        assertThat(admin.browseRoot()).isEqualTo("62");
    }

    @Test
    void theSecurityRolesReadNoOnesRecordsButTheirOwnUnits() {
        DivisionScope auditor = actor(Role.AUDITOR, 1, "62").scope();
        assertThat(auditor.monitors("62.6201")).isFalse();
        assertThat(auditor.mayReadUnit(2, "62")).isFalse();
    }
}
