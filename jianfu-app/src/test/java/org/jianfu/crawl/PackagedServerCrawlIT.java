package org.jianfu.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged server as people meet it: {@code target/jianfu.jar} (what {@code ./jianfu serve} runs)
 * started on a fresh embedded database in a throw-away folder, crawled as every demo account of the
 * README, and the README tour tried row by row. Fails on any 5xx, stack trace or template error in the
 * server's log, English-only error page or page cut short; page times go to {@code target/crawl/}.
 *
 * <p>Runs in Maven's integration-test phase (failsafe), after {@code package}: {@code mvn -B install}
 * runs it, the external-PostgreSQL rerun ({@code surefire:test}) does not. Alone:
 * {@code mvn -o -B -pl jianfu-app test-compile failsafe:integration-test failsafe:verify} once the jar is
 * built ({@code mvn -o -B -pl jianfu-app -am install -DskipTests}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServerCrawlIT {

    /** Failsafe runs in the module's folder and says so in {@code basedir}. */
    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Path OUT = MODULE.resolve("target/crawl");

    private final long began = System.nanoTime();
    private PackagedServer server;
    private ServerLog log;
    private Readme readme;
    private long startMillis;
    private List<String> startProblems;

    @BeforeAll
    void startThePackagedServer() throws Exception {
        readme = new Readme(Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8));
        server = PackagedServer.start(MODULE.resolve("target/jianfu.jar"), OUT.resolve("server.log"));
        server.awaitDemoData(Duration.ofMinutes(10));
        startMillis = (System.nanoTime() - began) / 1_000_000;
        log = server.log();
        startProblems = log.newProblems();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theServerStartsAndLoadsTheDemoDataWithoutAnErrorInItsLog() {
        assertThat(startProblems).as("errors in the server's log while it started and loaded the demo data (target/crawl/server.log)")
                .isEmpty();
    }

    @Test
    @Order(2)
    void everyDemoAccountFollowsEveryLinkWithoutMeetingAnError() throws Exception {
        List<Readme.Account> accounts = readme.demoAccounts();
        assertThat(accounts).extracting(Readme.Account::username).contains("admin", "620123101.gov.cadre", "620123101001.cadre");
        Crawler crawler = new Crawler(log);
        List<Crawler.Result> results = new ArrayList<>();
        for (Readme.Account account : accounts) {
            results.add(crawler.crawl(CrawlSession.signIn(server.baseUrl(), account.username()), account.username()));
        }
        CrawlReport report = new CrawlReport(OUT);
        report.pages(results);
        String summary = report.summary(results, startMillis, (System.nanoTime() - began) / 1_000_000);
        System.out.println(summary);

        assertThat(results).allSatisfy(r -> assertThat(r.visits()).as(r.account() + " reaches pages beyond home").hasSizeGreaterThan(3));
        assertThat(results.stream().flatMap(r -> r.failures().stream()).map(Crawler.Finding::toString).toList())
                .as("what the crawl met (details in target/crawl/summary.txt and server.log)").isEmpty();
    }

    @Test
    @Order(3)
    void everyTourRowOfTheReadmeOpensWhereItSays() throws Exception {
        List<TourCheck.Outcome> outcomes = new TourCheck(readme, server.baseUrl(), log).run();
        String text = new CrawlReport(OUT).tour(outcomes);
        System.out.println("README tour:\n" + text);
        assertThat(outcomes).as("tour rows").isNotEmpty();
        assertThat(outcomes.stream().filter(o -> !o.ok()).map(TourCheck.Outcome::toString).toList())
                .as("README tour rows whose account or first page does not work (target/crawl/tour.txt)").isEmpty();
    }
}
