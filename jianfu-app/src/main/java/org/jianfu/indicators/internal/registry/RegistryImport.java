package org.jianfu.indicators.internal.registry;

import org.jianfu.indicators.matching.Indicator;
import org.jianfu.indicators.matching.IndicatorRegistrySeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The 指标库 is reference data: imported from the matcher's seed on the first start, in one transaction. */
@Component
@Order(1)
class RegistryImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

    private final Registry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RegistryImport(Registry registry, JdbcClient jdbc, TransactionTemplate transaction) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.count() > 0) {
            return;
        }
        Integer imported = transaction.execute(status -> {
            // two nodes starting together: the second waits here, then finds the registry filled
            jdbc.sql("select pg_advisory_xact_lock(62011)").query(Object.class).single();
            if (registry.count() > 0) {
                return 0;
            }
            for (Indicator indicator : IndicatorRegistrySeed.load()) {
                registry.add(indicator, true);
            }
            return IndicatorRegistrySeed.load().size();
        });
        if (imported != null && imported > 0) {
            log.info("指标库导入完成: {} 个指标", imported);
        }
    }
}
