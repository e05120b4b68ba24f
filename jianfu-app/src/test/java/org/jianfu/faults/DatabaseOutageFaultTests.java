package org.jianfu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianfu.JianfuApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The database goes away for a while (every connection of the app terminated, new ones refused):
 * the API answers 503 with a Chinese problem and a page says the same; once the database takes
 * connections again the very next call succeeds, without restarting the app.
 */
class DatabaseOutageFaultTests {

    static final String CLERK = "fault.clerk";

    @TempDir
    Path work;

    @Test
    void whileTheDatabaseRefusesConnectionsCallsGet503InChineseAndAfterwardsWorkAgain() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
            admin.sql("create database jianfu").update();
            try (ConfigurableApplicationContext app = start(postgres.getJdbcUrl("postgres", "jianfu"))) {
                addClerk(app, postgres);
                String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                signIn(http, base);
                assertThat(get(http, base + "/api/v1/todos").statusCode()).isEqualTo(200);

                admin.sql("alter database jianfu allow_connections false").update();
                admin.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'jianfu'").query().listOfRows();

                HttpResponse<String> api = get(http, base + "/api/v1/todos");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
                assertThat(api.body()).contains("数据库暂时不可用，请稍后重试");
                HttpResponse<String> page = get(http, base + "/meetings");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("数据库暂时不可用，请稍后重试");

                admin.sql("alter database jianfu allow_connections true").update();
                assertThat(get(http, base + "/api/v1/todos").statusCode()).isEqualTo(200);
                assertThat(get(http, base + "/meetings").statusCode()).isEqualTo(200);
            } finally {
                admin.sql("alter database jianfu allow_connections true").update();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        SpringApplication app = new SpringApplication(JianfuApplication.class);
        app.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("testTypeExcludeFilter", new org.jianfu.testing.TestHelpersExcluded()));
        return app.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--server.port=0", "--server.address=127.0.0.1", "--jianfu.demo.auto=false",
                "--spring.datasource.hikari.maximum-pool-size=4", "--spring.datasource.hikari.connection-timeout=2000",
                "--jianfu.reuse.index-laws=false");
    }

    /** One clerk of 城关区政府办公室 instead of the demo data: the organisation is imported at start anyway. */
    private static void addClerk(ConfigurableApplicationContext app, EmbeddedPostgres postgres) {
        String hash = app.getBean(PasswordEncoder.class).encode("Jianfu@2019");
        JdbcClient.create(postgres.getDatabase("postgres", "jianfu")).sql("""
                insert into identity.account (username, display_name, password_hash, role, unit_id)
                select ?, '故障测试', ?, 'CLERK', id from organization.unit where division_code = '620102' and unit_key = 'gov-office'""")
                .params(CLERK, hash).update();
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        String login = get(http, base + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as(login).isTrue();
        String form = "username=" + CLERK + "&password=Jianfu%402019&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", url.contains("/api/") ? "application/json" : "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
