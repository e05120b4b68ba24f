package org.jianfu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code ./jianfu reuse index} half-way through 2,000 files: the index stays
 * usable at its last commit ({@code reuse check} works), and a rerun completes it.
 */
class ReuseIndexKillFaultTests {

    static final int FILES = 2000;
    static final Pattern PROGRESS = Pattern.compile("indexing (\\d+)/" + FILES);

    @TempDir
    Path work;

    @Test
    void aKilledIndexRunLeavesACheckableIndexAndARerunCompletesIt() throws Exception {
        Path corpus = work.resolve("corpus");
        Path index = work.resolve("index");
        writeCorpus(corpus);

        int killedAt;
        try (ChildJvm first = reuse("index", "--corpus", corpus.toString(), "--index", index.toString(), "--commit-every", "100")) {
            boolean halfWay = first.awaitWhileRunning(() -> done(first) >= FILES * 3 / 10, Duration.ofSeconds(480));
            assertThat(first.isAlive()).as("indexing must still run when killed:\n%s", first.output()).isTrue();
            assertThat(halfWay).isTrue();
            first.kill();
            killedAt = done(first);
        }
        assertThat(killedAt).isLessThan(FILES);

        // the last commit is readable: a file copied from the corpus is found in it
        Path out = work.resolve("check.jsonl");
        try (ChildJvm check = reuse("check", "--index", index.toString(), "--out", out.toString(),
                corpus.resolve("doc-0007.txt").toString())) {
            assertThat(check.await(Duration.ofSeconds(60))).as(check.output()).isZero();
        }
        assertThat(Files.readString(out)).contains("doc-0007");

        try (ChildJvm rerun = reuse("index", "--corpus", corpus.toString(), "--index", index.toString(), "--commit-every", "100")) {
            assertThat(rerun.await(Duration.ofSeconds(480))).as(rerun.output()).isZero();
            assertThat(rerun.output()).contains(FILES + " documents in");
        }
        System.out.printf("[fault] reuse index killed at %d/%d files; check worked, rerun completed%n", killedAt, FILES);
    }

    private ChildJvm reuse(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "reuse";
        System.arraycopy(args, 0, all, 1, args.length);
        return ChildJvm.start(work.resolve("child"), all);
    }

    private static int done(ChildJvm child) {
        Matcher m = PROGRESS.matcher(child.output());
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    /** 2,000 texts of about 3,000 characters, random words so every file is distinct. */
    private static void writeCorpus(Path corpus) throws Exception {
        Files.createDirectories(corpus);
        Random random = new Random(2019);
        String pool = "区街道社区乡镇村组户人口耕地水利道路学校医院供暖燃气物资车辆值班巡查隐患整改台账资金项目监督检查宣传培训服务群众会议文件";
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder(3100);
            while (text.length() < 3000) {
                for (int i = 0; i < 30; i++) {
                    text.append(pool.charAt(random.nextInt(pool.length())));
                }
                text.append("。\n");
            }
            Files.writeString(corpus.resolve("doc-%04d.txt".formatted(f)), text, StandardCharsets.UTF_8);
        }
    }
}
