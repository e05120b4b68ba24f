package org.jianfu.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianfu.monitoring.ResultsReports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the 减负成效报告 of a division and year (.xlsx or .pdf), the dashboard's figures.")
class ReportCommand implements Callable<Integer> {

    @Option(names = "--region", required = true, description = "division code, e.g. 62 (province), 6201, 620102")
    String region;

    @Option(names = "--year", defaultValue = "2019", description = "the year to report (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--out", required = true, description = "FILE.xlsx or FILE.pdf")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase();
        ResultsReports.Format format = name.endsWith(".pdf") ? ResultsReports.Format.PDF
                : name.endsWith(".xlsx") ? ResultsReports.Format.XLSX : null;
        if (format == null) {
            System.err.println("--out 的文件名须以 .xlsx 或 .pdf 结尾: " + out);
            return 2;
        }
        try (ConfigurableApplicationContext context = BatchContext.start(database);
             OutputStream file = Files.newOutputStream(out)) {
            context.getBean(ResultsReports.class).write(region, year, format, file);
        } catch (org.jianfu.platform.NotFoundException e) {
            Files.deleteIfExists(out);
            System.err.println(e.getMessage());
            return 2;
        }
        System.out.printf("已生成 %s（%s，%d 年）%n", out, region, year);
        return 0;
    }
}
