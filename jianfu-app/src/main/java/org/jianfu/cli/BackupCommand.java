package org.jianfu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianfu.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every table to one backup file (a consistent snapshot).")
class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "the backup file to write (.zip)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = BatchContext.start(database)) {
            var tables = context.getBean(Backups.class).backup(out.toAbsolutePath());
            long rows = tables.values().stream().mapToLong(Backups.TableFingerprint::rows).sum();
            System.out.printf("已备份 %d 张表、%d 行到 %s%n", tables.size(), rows, out);
            return 0;
        }
    }
}
