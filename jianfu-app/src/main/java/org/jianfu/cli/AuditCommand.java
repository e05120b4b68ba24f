package org.jianfu.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jianfu.reuse.ReuseAudit;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "照抄照搬 audit: check every document issued in a year against the laws and all earlier documents.")
class AuditCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, description = "the year to audit, e.g. 2019")
    int year;

    @Option(names = "--region", description = "division code: only documents of units in this subtree (default: province)")
    String region;

    @Option(names = "--out", description = "also write the ranked list to this .xlsx file")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = BatchContext.start(database)) {
            ReuseAudit audit = context.getBean(ReuseAudit.class);
            ReuseAudit.Summary summary;
            try (BarProgress progress = new BarProgress()) {
                summary = audit.run(year, region, progress);
            }
            System.out.printf("%d 年共检查 %d 件公文，照抄照搬 %d 件%n", year, summary.checked(), summary.copying());
            if (out != null) {
                try (OutputStream file = Files.newOutputStream(out)) {
                    audit.exportXlsx(year, region == null ? context.getBean(org.jianfu.organization.Organization.class).root().code() : region, file);
                }
                System.err.println("排名已写入 " + out);
            }
            return 0;
        }
    }

    private static final class BarProgress implements ReuseAudit.Progress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(long total) {
            bar = new ProgressBarBuilder().setTaskName("查重审计").setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void advanced() {
            bar.step();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
