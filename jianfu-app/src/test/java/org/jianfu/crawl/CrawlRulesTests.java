package org.jianfu.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crawl's rules without a server (the crawl itself is PackagedServerCrawlIT): what it follows, what it flags. */
class CrawlRulesTests {

    static final URI PAGE = URI.create("http://127.0.0.1:8080/documents?tab=inbox");

    @Test
    void itFollowsLinksRowLinksAndHtmxGetsOfThisSiteOnly() {
        String html = """
                <a class="row-link" href="/documents/12#top">公文</a> <tr data-href="/monitoring/areas/6201?year=2019&amp;x=1">
                <span hx-get="/notifications/badge" hx-trigger="load"></span> <a href="https://example.org/">外站</a>
                <a href="mailto:a@b.c">信</a> <a href="#main">跳</a> <link href="/css/jianfu.css">""";
        List<Links.Link> links = Links.in(html, PAGE);
        assertThat(links).containsExactly(
                new Links.Link(URI.create("http://127.0.0.1:8080/documents/12"), false),
                new Links.Link(URI.create("http://127.0.0.1:8080/monitoring/areas/6201?year=2019&x=1"), false),
                new Links.Link(URI.create("http://127.0.0.1:8080/notifications/badge"), true));
    }

    @Test
    void itNeverSignsOutAndFetchesEachKindOfPageAFewTimes() {
        assertThat(Links.changesState(URI.create("http://h/logout"))).isTrue();
        assertThat(Links.changesState(URI.create("http://h/login?logout"))).isTrue();
        assertThat(Links.changesState(URI.create("http://h/documents/1"))).isFalse();
        assertThat(Links.isAsset(URI.create("http://h/webjars/htmx.org/htmx.min.js"))).isTrue();
        assertThat(Links.isDownload(URI.create("http://h/monitoring/areas/62/report/xlsx?year=2019"))).isTrue();
        assertThat(Links.isDownload(URI.create("http://h/reuse/audit.xlsx?year=2019"))).isTrue();
        assertThat(Links.isDownload(URI.create("http://h/documents/5"))).isFalse();
        assertThat(Links.kind(URI.create("http://h/documents/12?tab=inbox&page=2"))).isEqualTo("/documents/{id}?page&tab");
        assertThat(Links.kind(URI.create("http://h/feedback/reports/4cf00ebc-e448-44b3-b14c-5e3d924624d4")))
                .isEqualTo("/feedback/reports/{id}");
    }

    @Test
    void theServerLogsProblemsAreErrorsStackTracesAndTemplateErrors() {
        assertThat(ServerLog.isProblem("2026-12-02T07:53:35.297Z ERROR 22951 --- [jianfu] [exec-9] org.thymeleaf.TemplateEngine : …")).isTrue();
        assertThat(ServerLog.isProblem("\tat org.springframework.expression.spel.ast.MethodReference.getValueInternal(MethodReference.java:86)")).isTrue();
        assertThat(ServerLog.isProblem("Caused by: org.springframework.expression.spel.SpelEvaluationException: EL1004E: Method call")).isTrue();
        assertThat(ServerLog.isProblem("2026-12-02T07:41:07.269Z  INFO 8716 --- [jianfu] [main] o.j.d.i.DemoAutoLoad : 演示数据 identity.accounts: 27234 行")).isFalse();
        assertThat(ServerLog.isProblem("2026-12-02T07:40:42.950Z  WARN 8716 --- [jianfu] [main] o.a.l.i.v.VectorizationProvider : Java vector incubator module is not readable")).isFalse();
    }

    @Test
    void theServerIsReadyWhenEveryAnnouncedDemoLoaderHasFinished() {
        String announced = "… DemoAutoLoad : 加载演示数据: [identity.accounts, documents.issued]\n";
        assertThat(PackagedServer.demoLoaded(announced + "… 演示数据 identity.accounts: 27234 行\n")).isFalse();
        assertThat(PackagedServer.demoLoaded(announced + "… 演示数据 identity.accounts: 27234 行\n… 演示数据 documents.issued: 0 行\n")).isTrue();
        assertThat(PackagedServer.demoLoaded("Started JianfuMain")).isFalse();
        String living = "… 加载演示数据: [documents.living 2020-01-01…2026-12-02]\n";
        assertThat(PackagedServer.demoLoaded(living)).isFalse();
        assertThat(PackagedServer.demoLoaded(living + "… 演示数据 documents.living: 78001 行\n")).isTrue();
    }

    @Test
    void theReadmeNamesEveryDemoRoleAndTheTourNamesItsAccounts() throws Exception {
        Readme readme = new Readme(Files.readString(PackagedServerCrawlIT.MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8));
        assertThat(readme.demoAccounts()).extracting(Readme.Account::username).contains("admin", "jfb.62", "jfb.6201", "jfb.620102",
                "620102.gov-office.clerk", "62.gov-office.leader", "620123101.gov.cadre", "620123101001.cadre");
        assertThat(readme.tour()).hasSizeGreaterThan(10).allSatisfy(row -> assertThat(row.cells()).hasSize(3));

        TourCheck tour = new TourCheck(readme, "http://unused", null);
        assertThat(tour.accounts("`620102001.gov.cadre` → `.leader` → `.clerk`"))
                .containsExactly("620102001.gov.cadre", "620102001.gov.leader", "620102001.gov.clerk");
        assertThat(tour.accounts("`620102.<unit>.clerk` → `jfb.620102`")).containsExactly("jfb.620102");
        assertThat(tour.accounts("any cadre")).contains("620123101.gov.cadre", "620123101001.cadre").doesNotContain("admin");
    }
}
