package org.jianfu.indicators.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class BenchCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new IndicatorsCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        return line.execute(args);
    }

    @Test
    void reportsMatcherAndBaselineInOneRun() throws IOException {
        Path pairs = dir.resolve("labelled.tsv");
        Files.writeString(pairs, """
                a\tb\tsame\tnote
                低保户数\t最低生活保障户数\ttrue\tabbreviation
                户籍人口\t常住人口\tfalse\tscope
                生猪存栏\t生猪出栏\tfalse\tflow
                """, StandardCharsets.UTF_8);

        assertThat(run("bench", "--pairs", pairs.toString())).isZero();

        assertThat(out.toString().lines()).containsExactly(
                "set\tmethod\tpairs\tprecision\trecall\tF1\tfalse merges\tmisses",
                "labelled.tsv\tmatcher\t3\t1.000\t1.000\t1.000\t0\t0",
                "labelled.tsv\tbigram>=0.5\t3\t1.000\t0.000\t0.000\t0\t1");
    }

    @Test
    void explainShowsBothAnalysesAndTheReason() {
        assertThat(run("explain", "户籍人口", "常住人口")).isZero();

        assertThat(out.toString()).contains("户籍人口 → head []", "SCOPE", "same=false",
                "口径不同：户籍 vs 常住（人口口径）");
    }
}
