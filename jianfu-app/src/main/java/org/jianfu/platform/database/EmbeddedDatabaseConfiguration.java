package org.jianfu.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jianfu.platform.EmbeddedDatabasePasswordException;
import org.jianfu.platform.HeldByAnotherProcessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the application when no external database is configured,
 * so {@code ./jianfu serve} needs nothing installed. Its data lives under {@code ./data/pg} and
 * survives restarts; outside tests it runs durable (fsync and synchronous commit on). Every
 * connection, local socket or loopback, needs the superuser password ({@code scram-sha-256}),
 * kept in {@code ./data/pg-password} (0600): a local user without that file is not let in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static final String SUPERUSER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${jianfu.database.data-dir}") Path dataDir,
            @Value("${jianfu.database.durable:true}") boolean durable,
            @Value("${jianfu.database.clean:false}") boolean clean) throws IOException {
        Files.createDirectories(dataDir);
        Path passwordFile = SuperuserPassword.fileFor(dataDir);
        boolean initialised = !clean && Files.exists(dataDir.resolve("postgresql.conf"));
        boolean trusting = initialised && HostBasedAuthentication.trustsAnyRule(dataDir);
        if (initialised && !trusting && !Files.exists(passwordFile)) {
            throw new EmbeddedDatabasePasswordException("嵌入式数据库需要超级用户密码，但密码文件 " + passwordFile
                    + " 不存在：请从备份中恢复该文件（它与 " + dataDir.toAbsolutePath().normalize() + " 一起备份）", null);
        }
        String password = SuperuserPassword.readOrCreate(passwordFile);
        String onOff = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("max_connections", "100")
                .setServerConfig("password_encryption", HostBasedAuthentication.METHOD)
                // The library's initdb passes "-A trust"; these come after it on the command line and win:
                // a new data folder asks for the password from its very first start.
                .setLocaleConfig("auth", HostBasedAuthentication.METHOD)
                .setLocaleConfig("pwfile", passwordFile.toString())
                // The library checks the server is up with its own connection, which needs the password too.
                .setConnectConfig("password", password)
                // Spring closes the server after the pool; the library's own hook would stop it first.
                .setRegisterShutdownHook(false);
        if (initialised) {
            stopServerOfAKilledProcess(dataDir);
        }
        EmbeddedPostgres postgres = start(builder, dataDir, passwordFile);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password, clean ? passwordFile : null);
        if (trusting) {
            try {
                requirePasswordFromNowOn(postgres, password, dataDir, passwordFile);
            } catch (IOException | SQLException | RuntimeException e) {
                server.close();
                throw new IllegalStateException("无法为嵌入式数据库设置密码（" + dataDir.toAbsolutePath().normalize() + "）", e);
            }
        }
        return server;
    }

    /** A data folder from before the password: still trusting, so set the password first, then stop trusting. */
    private static void requirePasswordFromNowOn(EmbeddedPostgres postgres, String password, Path dataDir, Path passwordFile)
            throws IOException, SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // The password is URL-safe Base64 (letters, digits, '-', '_'): nothing to escape in a literal.
            statement.execute("alter role " + SUPERUSER + " with password '" + password + "'");
            HostBasedAuthentication.requirePasswords(dataDir);
            statement.execute("select pg_reload_conf()");
        }
        log.warn("嵌入式数据库原先信任本机的所有连接（任何本机用户都是数据库超级用户）：已设置超级用户密码（保存在 {}，仅本用户可读），"
                + "pg_hba.conf 已改为 {}", passwordFile, HostBasedAuthentication.METHOD);
    }

    /** Another process (a running server, a running command) holds the folder through the library's lock file. */
    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dataDir, Path passwordFile) throws IOException {
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("could not lock")) {
                throw e;
            }
            throw new HeldByAnotherProcessException("数据库正被运行中的服务器或另一条 ./jianfu 命令占用（" + dataDir.toAbsolutePath()
                    + "）：请先停止 ./jianfu serve 或等那条命令结束，再运行此命令", e);
        } catch (IOException e) {
            if (!refusedThePassword(e)) {
                throw e;
            }
            stopTheServerLeftRunning(dataDir);
            throw new EmbeddedDatabasePasswordException("嵌入式数据库拒绝了密码文件 " + passwordFile + " 中的密码：该文件不属于 "
                    + dataDir.toAbsolutePath().normalize() + "，请从备份中恢复原来的密码文件", e);
        }
    }

    /**
     * A command killed with {@code kill -9} (or a crash) leaves its PostgreSQL running: the server runs on as its own
     * process, and the next start would fail to connect. The library's lock file tells the two cases apart: while a
     * live process (a running server or command) uses the folder it holds the lock; when nobody does, a postmaster
     * still named in {@code postmaster.pid} belongs to a process that died, and is stopped in order before the start.
     */
    static void stopServerOfAKilledProcess(Path dataDir) {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(dataDir.resolve("postmaster.pid")) || !Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // held by a live process: the start reports it (HeldByAnotherProcessException)
            }
            log.warn("嵌入式数据库上次未正常停止（命令被强行结束）：先停止遗留的数据库进程（{}）", dataDir);
            stopTheServerLeftRunning(dataDir);
        } catch (OverlappingFileLockException e) {
            // this process itself holds the folder (a second context in one JVM): nothing was left behind
        } catch (IOException e) {
            log.warn("无法检查嵌入式数据库是否有遗留进程（{}）", dataDir, e);
        }
    }

    /**
     * The library gives up on a server it started but could not log in to, and leaves it running: it would
     * hold the folder for the next start. A plain SIGTERM is PostgreSQL's orderly shutdown.
     */
    private static void stopTheServerLeftRunning(Path dataDir) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .ifPresent(postmaster -> {
                        postmaster.destroy();
                        postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timeout -> null).join();
                    });
        } catch (IOException | RuntimeException e) {
            log.warn("嵌入式数据库未能停止（{}）：请手动结束其进程", dataDir, e);
        }
    }

    private static boolean refusedThePassword(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(SUPERUSER);
        pool.setPassword(server.password());
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("jianfu-embedded");
        return pool;
    }
}
