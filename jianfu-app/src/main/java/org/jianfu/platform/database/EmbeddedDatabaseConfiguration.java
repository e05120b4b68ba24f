package org.jianfu.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jianfu.platform.HeldByAnotherProcessException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the application when no external database is configured,
 * so {@code ./jianfu serve} needs nothing installed. Its data lives under {@code ./data/pg} and
 * survives restarts; outside tests it runs durable (fsync and synchronous commit on).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${jianfu.database.data-dir}") Path dataDir,
            @Value("${jianfu.database.durable:true}") boolean durable,
            @Value("${jianfu.database.clean:false}") boolean clean) throws IOException {
        Files.createDirectories(dataDir);
        String onOff = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("max_connections", "100")
                // Spring closes the server after the pool; the library's own hook would stop it first.
                .setRegisterShutdownHook(false);
        return new EmbeddedPostgresServer(start(builder, dataDir));
    }

    /** Another process (a running server, a running command) holds the folder through the library's lock file. */
    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dataDir) throws IOException {
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("could not lock")) {
                throw e;
            }
            throw new HeldByAnotherProcessException("数据库正被运行中的服务器或另一条 ./jianfu 命令占用（" + dataDir.toAbsolutePath()
                    + "）：请先停止 ./jianfu serve 或等那条命令结束，再运行此命令", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("jianfu-embedded");
        return pool;
    }
}
