package org.jianfu.reuse.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jianfu.reuse.engine.OfficialTexts;
import org.jianfu.reuse.engine.ReuseIndex;
import org.jianfu.reuse.engine.ReuseSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReuseCommandTests {

    private static final String SOURCE = OfficialTexts.resource("provincial-measures.md");
    private static final String COPY = OfficialTexts.resource("city-copy.md");

    @TempDir
    Path work;

    private Path corpus;
    private Path index;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void corpus() throws Exception {
        corpus = work.resolve("corpus");
        index = work.resolve("index");
        Files.createDirectories(corpus.resolve("gansu"));
        Files.writeString(corpus.resolve("gansu/measures.md"), SOURCE);
        Files.writeString(corpus.resolve("other.txt"), OfficialTexts.original(new Random(6), 20));
        Files.write(corpus.resolve("bad.md"), new byte[] {(byte) 0xe5, (byte) 0xae, 0x41, 0x42});
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("junk.md"), new byte[] {0x00, 0x01, 0x02, 0x7f, 0x10, 0x00});
        Files.writeString(corpus.resolve("notes.pdf"), SOURCE);
    }

    @Test
    void indexesTheGoodFilesAndNamesEachBadOne() throws Exception {
        int exit = run("index", "--corpus", corpus.toString(), "--index", index.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("skipped " + corpus.resolve("bad.md") + ": invalid UTF-8 at byte 0")
                .contains("skipped " + corpus.resolve("empty.txt") + ": empty file")
                .contains("skipped " + corpus.resolve("junk.md") + ": binary content")
                .contains("2 added or replaced, 0 unchanged, 3 skipped; 2 documents");
        try (ReuseIndex opened = ReuseIndex.open(index, ReuseSettings.defaults())) {
            assertThat(opened.size()).isEqualTo(2);
        }
    }

    @Test
    void aSecondRunSkipsUnchangedFilesAndReplacesChangedOnes() throws Exception {
        Files.delete(corpus.resolve("bad.md"));
        Files.delete(corpus.resolve("empty.txt"));
        Files.delete(corpus.resolve("junk.md"));
        assertThat(run("index", "--corpus", corpus.toString(), "--index", index.toString())).isZero();
        Files.writeString(corpus.resolve("other.txt"), OfficialTexts.original(new Random(7), 20));

        assertThat(run("index", "--corpus", corpus.toString(), "--index", index.toString())).isZero();

        assertThat(err.toString()).contains("1 added or replaced, 1 unchanged, 0 skipped; 2 documents");
    }

    @Test
    void checkWritesOneJsonLinePerQueryWithCodePointOffsets() throws Exception {
        run("index", "--corpus", corpus.toString(), "--index", index.toString());
        Path queries = work.resolve("queries");
        Files.createDirectories(queries);
        Files.writeString(queries.resolve("notice.md"), COPY);
        Files.write(queries.resolve("broken.txt"), new byte[] {'a', (byte) 0xff});
        Path out = work.resolve("out/result.jsonl");

        int exit = run("check", "--index", index.toString(), "--out", out.toString(), queries.toString());

        assertThat(exit).isEqualTo(2);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "{\"query\":\"" + queries.resolve("broken.txt") + "\",\"length\":0,\"copyRatio\":0.0,\"passages\":[],"
                        + "\"error\":\"invalid UTF-8 at byte 1\"}",
                "{\"query\":\"" + queries.resolve("notice.md") + "\",\"length\":233,\"copyRatio\":0.5107,\"passages\":["
                        + "{\"queryStart\":85,\"queryEnd\":204,\"source\":\"gansu/measures.md\",\"sourceStart\":212,"
                        + "\"sourceEnd\":333,\"similarity\":1.0000,\"kind\":\"照抄\"}],"
                        + "\"sources\":[{\"source\":\"gansu/measures.md\",\"share\":0.5107}]}");
        assertThat(err.toString()).contains("skipped " + queries.resolve("broken.txt") + ": invalid UTF-8 at byte 1");
    }

    @Test
    void aMissingFolderIsAClearErrorAndNoIndex() {
        int exit = run("index", "--corpus", work.resolve("nowhere").toString(), "--index", index.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("corpus folder not found: " + work.resolve("nowhere"));
        assertThat(Files.exists(index)).isFalse();
    }

    @Test
    void checkRefusesAFolderWithoutAnIndexAndLeavesItUntouched() throws Exception {
        Files.createDirectories(index);

        int exit = run("check", "--index", index.toString(), "--out", work.resolve("out.jsonl").toString(), corpus.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no index in " + index);
        try (var files = Files.list(index)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void missingOptionsAreUsageErrors() {
        assertThat(run("check", "--index", index.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new ReuseCommand());
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
