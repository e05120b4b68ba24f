package org.jianfu.demo.internal;

import org.jianfu.demo.DemoLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start of an empty database, loads the demo data (unless switched off). */
@Component
@Order(10)
class DemoAutoLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAutoLoad.class);

    private final DemoLoad demo;
    private final boolean auto;

    DemoAutoLoad(DemoLoad demo, @Value("${jianfu.demo.auto}") boolean auto) {
        this.demo = demo;
        this.auto = auto;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!auto || demo.pending().isEmpty()) {
            return;
        }
        log.info("加载演示数据: {}", demo.pending());
        demo.loadPending(new LoggingListener());
    }

    private static final class LoggingListener implements DemoLoad.Listener {
        @Override
        public void loaderStarted(String name, long expectedSteps) {
        }

        @Override
        public void advanced(long steps) {
        }

        @Override
        public void loaderFinished(String name, long rows, boolean skipped) {
            if (!skipped) {
                log.info("演示数据 {}: {} 行", name, rows);
            }
        }
    }
}
