package org.jianfu.indicators.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class MatchCommandTests {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new IndicatorsCommand());
        line.setErr(new PrintWriter(err));
        line.setOut(new PrintWriter(new StringWriter()));
        return line.execute(args);
    }

    private Path input(String content) throws IOException {
        Path file = dir.resolve("in.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void writesHeaderAndOneRowPerPairInInputOrder() throws IOException {
        Path in = input("a\tb\n低保户数\t最低生活保障户数\n户籍人口\t常住人口\n耕地面积（亩）\t耕地总面积（公顷）\n");
        Path out = dir.resolve("out.tsv");

        int exit = run("match", "--pairs", in.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("a\tb\tsame\tscore\ttier");
        assertThat(lines.get(1)).startsWith("低保户数\t最低生活保障户数\ttrue\t");
        assertThat(lines.get(2)).startsWith("户籍人口\t常住人口\tfalse\t");
        assertThat(lines.get(3)).startsWith("耕地面积（亩）\t耕地总面积（公顷）\ttrue\t");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            assertThat(Double.parseDouble(cells[3])).isBetween(0.0, 1.0);
            assertThat(cells[4]).isIn("same", "maybe", "different");
            assertThat(cells[2].equals("true")).as(line).isEqualTo(cells[4].equals("same"));
        }
    }

    @Test
    void findsColumnsByHeaderNameAndIgnoresOtherColumns() throws IOException {
        Path in = input("id\tb\tnote\ta\n1\t生猪出栏\tx\t生猪存栏\n2\t合作社数量\ty\t农民专业合作社数\n");
        Path out = dir.resolve("out.tsv");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isZero();

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("a\tb\tsame\tscore\ttier");
        assertThat(lines.get(1)).matches("生猪存栏\t生猪出栏\tfalse\t[0-9.]+\t(maybe|different)");
        assertThat(lines.get(2)).matches("农民专业合作社数\t合作社数量\ttrue\t[0-9.]+\tsame");
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds() throws IOException {
        Path in = input("\uFEFFa\tb\r\n低保人数\t最低生活保障人数\r\n");
        Path out = dir.resolve("out.tsv");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out).get(1)).startsWith("低保人数\t最低生活保障人数\ttrue\t");
    }

    @Test
    void malformedLineIsReportedWithItsNumberAndNothingIsWritten() throws IOException {
        Path in = input("a\tb\n低保户数\t低保人数\n这一行没有制表符\n户籍人口\t常住人口\n");
        Path out = dir.resolve("out.tsv");

        int exit = run("match", "--pairs", in.toString(), "--out", out.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("line 3");
        assertThat(out).doesNotExist();
    }

    @Test
    void emptyNameIsMalformed() throws IOException {
        Path in = input("a\tb\n低保户数\t\n");
        Path out = dir.resolve("out.tsv");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isNotZero();
        assertThat(err.toString()).contains("line 2");
        assertThat(out).doesNotExist();
    }

    @Test
    void headerWithoutColumnBIsMalformedAtLineOne() throws IOException {
        Path in = input("a\tc\n低保户数\t低保人数\n");
        Path out = dir.resolve("out.tsv");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isNotZero();
        assertThat(err.toString()).contains("line 1");
        assertThat(out).doesNotExist();
    }

    @Test
    void invalidUtf8IsMalformedAtItsLine() throws IOException {
        Path in = dir.resolve("in.tsv");
        byte[] head = "a\tb\n低保户数\t低保人数\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xB5, (byte) 0xCD, '\t', 'x', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(in, all);
        Path out = dir.resolve("out.tsv");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isNotZero();
        assertThat(err.toString()).contains("line 3");
        assertThat(out).doesNotExist();
    }

    @Test
    void existingOutputIsLeftUntouchedWhenInputIsMalformed() throws IOException {
        Path in = input("a\tb\nonly-one-column\n");
        Path out = dir.resolve("out.tsv");
        Files.writeString(out, "previous run");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isNotZero();
        assertThat(Files.readString(out)).isEqualTo("previous run");
    }

    @Test
    void headerOnlyInputGivesHeaderOnlyOutput() throws IOException {
        Path in = input("a\tb\n");
        Path out = dir.resolve("out.tsv");

        assertThat(run("match", "--pairs", in.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("a\tb\tsame\tscore\ttier");
    }
}
