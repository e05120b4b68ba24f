package org.jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JianfuTest
class DemoDataTests {

    @Autowired
    DemoLoad demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLoaderRanOnceAndRunningAgainChangesNothing() {
        assertThat(demo.pending()).isEmpty();
        long before = jdbc.sql("select count(*) from identity.account").query(Long.class).single();
        List<String> skipped = new java.util.ArrayList<>();
        demo.loadPending(new DemoLoad.Listener() {
            public void loaderStarted(String name, long expectedSteps) {
            }

            public void advanced(long steps) {
            }

            public void loaderFinished(String name, long rows, boolean wasSkipped) {
                if (wasSkipped) {
                    skipped.add(name);
                }
            }
        });
        assertThat(skipped).contains("identity.accounts");
        assertThat(jdbc.sql("select count(*) from identity.account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void demoAccountsCoverEveryRole() {
        assertThat(jdbc.sql("select distinct role from identity.account order by role").query(String.class).list())
                .containsExactlyElementsOf(java.util.Arrays.stream(org.jianfu.platform.Role.values()).map(Enum::name).sorted().toList());
        assertThat(jdbc.sql("select count(*) from identity.account where role = 'MONITOR'").query(Long.class).single())
                .isEqualTo(1 + 14 + 88);
    }
}
