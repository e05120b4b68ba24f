package org.jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.jianfu.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database's content with a backup. The current content is backed up first.")
class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the backup file (.zip) written by ./jianfu backup")
    Path file;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("备份文件不存在或不可读: " + file);
            return 2;
        }
        try (ConfigurableApplicationContext context = BatchContext.start(database)) {
            Backups backups = context.getBean(Backups.class);
            Path safety = file.toAbsolutePath().resolveSibling("before-restore-"
                    + LocalDateTime.now(org.jianfu.platform.time.ChinaTime.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
            backups.backup(safety);
            System.err.println("恢复前的数据已另存为 " + safety);
            var tables = backups.restore(file.toAbsolutePath());
            System.out.printf("已从 %s 恢复 %d 张表，逐表核对一致%n", file, tables.size());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
