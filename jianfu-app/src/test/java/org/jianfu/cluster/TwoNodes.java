package org.jianfu.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jianfu.JianfuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Jianfu servers on different loopback ports sharing one PostgreSQL, started at the same
 * moment on an empty database, as two app nodes behind a load balancer would be.
 */
final class TwoNodes implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    TwoNodes(Path dataDir) throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start(url));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start(url));
        nodes.add(a.join());
        nodes.add(b.join());
    }

    private static ConfigurableApplicationContext start(String url) {
        SpringApplication app = new SpringApplication(JianfuApplication.class);
        // as in test contexts: test helpers (@TestComponent) on the classpath are not application beans
        app.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("testTypeExcludeFilter", new org.jianfu.testing.TestHelpersExcluded()));
        return app.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--server.port=0", "--server.address=127.0.0.1", "--jianfu.demo.scale=0.02",
                "--spring.datasource.hikari.maximum-pool-size=8", "--jianfu.reuse.index-laws=false",
                "--jianfu.reuse.poll-seconds=2");
    }

    String baseUrl(int node) {
        int port = ((WebServerApplicationContext) nodes.get(node)).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    ConfigurableApplicationContext context(int node) {
        return nodes.get(node);
    }

    @Override
    public void close() throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        postgres.close();
    }
}
