package org.jianfu.registers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutyMatchTests {

    @Test
    void aTaskMatchesADutyThatItContainsOrThatMostlySaysTheSame() {
        assertThat(DutyList.matches("森林草原防火巡查", "开展春季森林草原防火巡查")).isTrue();
        assertThat(DutyList.matches("安全生产隐患排查", "安全生产隐患大排查")).isTrue();
    }

    @Test
    void unrelatedTasksAndEmptyTasksDoNotMatch() {
        assertThat(DutyList.matches("森林草原防火巡查", "组织企业环保行政处罚")).isFalse();
        assertThat(DutyList.matches("森林草原防火巡查", "")).isFalse();
    }
}
