package org.jianfu.audit.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditConfiguration {

    @Bean
    AuditFolder auditFolder(@Value("${jianfu.audit.dir}") Path dir) {
        return new AuditFolder(dir.toAbsolutePath());
    }

    @Bean
    AuditKey auditKey(@Value("${jianfu.audit.key:}") String configured, AuditFolder folder) {
        return AuditKey.of(configured, folder.path());
    }

    @Bean
    AuditCheckpoints auditCheckpoints(AuditKey key, AuditFolder folder, Clock clock) {
        return new AuditCheckpoints(key, folder, clock);
    }
}
