package org.jianfu.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jianfu.demo.DemoLoad;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Load the demo data (2018 and 2019 from a fixed seed, then every week up to today). What is loaded is skipped.")
class DemoDataCommand implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Override
    public void run() {
        try (ConfigurableApplicationContext context = BatchContext.start(database)) {
            DemoLoad demo = context.getBean(DemoLoad.class);
            if (demo.pending().isEmpty()) {
                System.out.println("演示数据已全部加载，无需重复加载。");
                return;
            }
            demo.loadPending(new BarListener());
        }
    }

    /** One progress bar per loader on stderr. */
    private static final class BarListener implements DemoLoad.Listener {
        private ProgressBar bar;

        @Override
        public void loaderStarted(String name, long expectedSteps) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(expectedSteps)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void advanced(long steps) {
            bar.stepBy(steps);
        }

        @Override
        public void loaderFinished(String name, long rows, boolean skipped) {
            bar.stepTo(bar.getMax());
            bar.setExtraMessage(skipped ? "已加载过" : rows + " 行");
            bar.close();
        }
    }
}
