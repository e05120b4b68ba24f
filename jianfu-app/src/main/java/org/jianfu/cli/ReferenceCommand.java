package org.jianfu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.reuse.ReferenceImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reference", mixinStandardHelpOptions = true, description = "The 查重 参照文件库 (reference library).",
        subcommands = ReferenceCommand.Import.class)
class ReferenceCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import every .txt, .md, .docx and .pdf under a folder (metadata.csv: file, 标题, 文号, 发文机关, 层级, 日期);"
                    + " files already imported (same text) are skipped, so a killed run is simply run again.")
    static class Import implements Callable<Integer> {

        @Parameters(index = "0", description = "the folder")
        Path folder;

        @Option(names = "--unit", defaultValue = "62.gov-office",
                description = "the keeping unit as DIVISION.KEY (default: the province's government office, 62.gov-office)")
        String unit;

        @Option(names = "--organ", description = "issuing organ of files the sheet does not describe (default: the keeping unit)")
        String organ;

        @Option(names = "--level", description = "their level: 中央, 国务院部门, 省, 市, 县 or 乡 (default: read from the organ)")
        String level;

        @Option(names = "--only-unit", description = "readable by the keeping unit only (default: every unit of its area)")
        boolean onlyUnit;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = BatchContext.start(database)) {
                Unit owner = owner(context.getBean(Organization.class));
                ReferenceImport.Summary summary;
                long started = System.nanoTime();
                try (Bar bar = new Bar()) {
                    summary = context.getBean(ReferenceImport.class).importFolder(folder, owner.id(), !onlyUnit, organ, level, bar);
                }
                summary.refused().forEach(r -> System.out.println("未导入  " + r.file() + "：" + r.reason()));
                double seconds = (System.nanoTime() - started) / 1e9;
                int files = summary.imported() + summary.skipped() + summary.refused().size();
                System.out.printf("导入 %d 个，已有相同正文跳过 %d 个，未导入 %d 个（入库单位：%s）；用时 %.1f 秒，每秒 %.1f 个文件%n",
                        summary.imported(), summary.skipped(), summary.refused().size(), owner.name(), seconds,
                        files / Math.max(seconds, 0.001));
                return summary.refused().isEmpty() ? 0 : 2;
            }
        }

        private Unit owner(Organization organization) {
            int dot = unit.lastIndexOf('.');
            if (dot < 0) {
                throw new RuleViolationException("--unit 应写作 区划代码.单位代号，例如 62.gov-office");
            }
            String code = unit.substring(0, dot);
            String key = unit.substring(dot + 1);
            return organization.unitsOf(code).stream().filter(u -> u.unitKey().equals(key)).findFirst()
                    .orElseThrow(() -> new RuleViolationException("没有这个单位：" + unit));
        }
    }

    private static final class Bar implements ReferenceImport.Progress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(long files) {
            bar = new ProgressBarBuilder().setTaskName("导入参照文件").setInitialMax(files)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void advanced(String file) {
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
