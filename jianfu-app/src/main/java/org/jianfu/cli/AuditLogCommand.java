package org.jianfu.cli;

import java.util.concurrent.Callable;
import org.jianfu.audit.AuditLog;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit-log", mixinStandardHelpOptions = true, description = "The tamper-evident audit log.",
        subcommands = AuditLogCommand.Verify.class)
class AuditLogCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the hash chain; exits 1 and names the entries if any was edited or deleted.")
    static class Verify implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = BatchContext.start(database)) {
                var breaks = context.getBean(AuditLog.class).verify();
                if (breaks.isEmpty()) {
                    System.out.println("审计日志完整：哈希链校验通过");
                    return 0;
                }
                breaks.forEach(b -> System.out.println("第 " + b.seq() + " 条: " + b.reason()));
                return 1;
            }
        }
    }
}
