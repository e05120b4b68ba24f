package org.jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.jianfu.indicators.IndicatorDesk;
import org.jianfu.indicators.MatchConfirmations;
import org.jianfu.indicators.internal.requests.Duplicate;
import org.jianfu.indicators.internal.requests.FieldCheck;
import org.jianfu.indicators.internal.requests.RequestFlow;
import org.jianfu.indicators.internal.requests.RequestQueries;
import org.jianfu.platform.Actor;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * {@code ./jianfu indicators export-confirmations --out FILE.tsv}: the requesters' 可能相同 answers as
 * labelled pairs with a, b and same columns (what {@code indicators fit --pairs} reads), source and when.
 */
@JianfuTest
class ExportConfirmationsTests {

    static final String TOWNSHIP = "620102018";

    @Autowired
    IndicatorDesk desk;

    @Autowired
    RequestFlow flow;

    @Autowired
    RequestQueries queries;

    @Autowired
    MatchConfirmations confirmations;

    @TempDir
    Path folder;

    @Test
    void theCommandIsWiredUnderIndicators() {
        CommandLine indicators = JianfuMain.commandLine().getSubcommands().get("indicators");
        assertThat(indicators.getSubcommands()).containsKeys("export-confirmations", "match", "fit");
        CommandLine.ParseResult parsed = JianfuMain.commandLine()
                .parseArgs("indicators", "export-confirmations", "--out", "pairs.tsv");
        assertThat(parsed.subcommand().subcommand().commandSpec().userObject()).isInstanceOf(ExportConfirmationsCommand.class);
    }

    @Test
    void answersBecomeLabelledPairs() throws Exception {
        YearMonth month = YearMonth.of(2033, 1);
        desk.send("620102.civil", "测试：导出用养老统计表", TOWNSHIP, "VILLAGE", month, List.of(
                IndicatorDesk.field("养老床位数", "张", "MONTHLY"),
                IndicatorDesk.field("失能老人数", "人", "MONTHLY")));
        long id = desk.draft("620102.stats", "测试：导出用统计表", TOWNSHIP, "VILLAGE", month.plusMonths(1), List.of(
                IndicatorDesk.field("养老服务机构床位数", "张", "MONTHLY"),
                IndicatorDesk.field("失能半失能老人数", "人", "MONTHLY")));
        Actor clerk = desk.actor("620102.stats.clerk");
        for (FieldCheck check : queries.detail(clerk, id).checks()) {
            Duplicate maybe = check.unanswered().stream().filter(d -> d.requestTitle().equals("测试：导出用养老统计表"))
                    .findFirst().orElseThrow(() -> new AssertionError("no 可能相同 for " + check.field().name()));
            boolean same = check.field().name().startsWith("养老");
            flow.answer(clerk, id, check.field().id(), maybe.matchKey(), same, same ? null : "含半失能\t不等于失能");
        }

        ExportConfirmationsCommand command = new ExportConfirmationsCommand();
        command.out = folder.resolve("confirmed/pairs.tsv");
        int written = command.export(confirmations);

        List<String> lines = Files.readAllLines(command.out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("a\tb\tsame\tsource\twhen\ttier\tscore\treason");
        assertThat(lines).hasSize(written + 1).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(8));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("养老服务机构床位数（张）\t养老床位数（张）\ttrue\t确认 · ")
                .contains("\tmaybe\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("失能半失能老人数（人）\t失能老人数（人）\tfalse\t")
                .endsWith("\t含半失能 不等于失能"));
        assertThat(folder.resolve("confirmed")).isDirectoryNotContaining("glob:**.part");
    }
}
