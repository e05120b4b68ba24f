package org.jianfu.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test may read a file from the machine only when {@code .ci/run} installs it. A font installed by
 * hand once made CI pass on one machine and fail on every new one; this check finds such paths in the
 * test sources of every Maven module before a fresh machine does.
 */
class SystemPathsTests {

    /** What {@code .ci/run} installs (Chromium, ChromeDriver, PostgreSQL 15) or the machine has (the JDK). */
    static final Set<String> INSTALLED_BY_CI = Set.of(
            "/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/lib/postgresql/", "/usr/lib/jvm/");

    /** A string literal naming an absolute path under a system folder, or the project's shared/ folder. */
    static final Pattern SYSTEM_PATH = Pattern.compile(
            "\"((?:/usr|/etc|/opt|/var|/srv|/home|/root|/mnt|/snap)/[^\"]*|(?:\\.\\./)+shared/[^\"]*)\"");

    @Test
    void testSourcesNameNoSystemFileThatCiDoesNotInstall() {
        List<String> offending = new ArrayList<>();
        for (Path source : testSources()) {
            String text = read(source);
            Matcher m = SYSTEM_PATH.matcher(text);
            while (m.find()) {
                String path = m.group(1);
                if (INSTALLED_BY_CI.stream().noneMatch(path::startsWith)) {
                    offending.add(source + ": " + path);
                }
            }
        }
        assertThat(offending)
                .as("test sources read files that .ci/run does not install; ship them in the repo or install them in .ci/run")
                .isEmpty();
    }

    @Test
    void theCheckSeesAFontPathLikeTheOneThatBrokeCi() {
        assertThat(SYSTEM_PATH.matcher("new File(\"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc\")").find()).isTrue();
        assertThat(SYSTEM_PATH.matcher("Path.of(\"../shared/data/laws-zh\")").find()).isTrue();
        assertThat(testSources()).as("the scan reaches the app's and the engines' tests")
                .anyMatch(p -> p.endsWith("UploadTests.java")).anyMatch(p -> p.toString().contains("jianfu-reuse/src/test"));
    }

    /**
     * Every module's src/test tree but this file (whose examples are the paths it looks for); Surefire
     * runs this from jianfu-app, the project root is its parent.
     */
    static List<Path> testSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> sources = new ArrayList<>();
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/test"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test"))) {
                    files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("SystemPathsTests.java"))
                            .forEach(sources::add);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
