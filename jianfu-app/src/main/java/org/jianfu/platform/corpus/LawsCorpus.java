package org.jianfu.platform.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.ClassPathResource;

/**
 * The national laws, regulations and judicial interpretations Jianfu ships (about 1,500 Markdown
 * texts, zipped): the higher-level documents every draft is checked against, and the raw material
 * of the demo documents.
 */
public final class LawsCorpus {

    static final String RESOURCE = "corpus/laws-zh.zip";

    /** One text: its id (path inside the corpus, e.g. {@code 刑法/刑法修正案（七）.md}), title and body. */
    public record LawText(String id, String title, String text) {
    }

    private LawsCorpus() {
    }

    /** All texts, ordered by id so every caller sees the same order. */
    public static List<LawText> load() {
        List<LawText> texts = new ArrayList<>();
        try (InputStream raw = new ClassPathResource(RESOURCE).getInputStream();
             ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || !entry.getName().endsWith(".md")) {
                    continue;
                }
                String id = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                String text = withoutMarkup(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                texts.add(new LawText(id, titleOf(id, text), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取法规语料 " + RESOURCE, e);
        }
        texts.sort(Comparator.comparing(LawText::id));
        return texts;
    }

    /**
     * The text without the corpus files' own markers ({@code <!-- INFO END -->} after the header,
     * {@code <!-- TABLE -->} …), each on a line of its own: they are no part of the law, and would show
     * in 查重 excerpts and titles. The blank lines around a marker become one.
     */
    static String withoutMarkup(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    private static final Pattern MARKER = Pattern.compile("\\R?[ \\t]*<!--.*?-->[ \\t]*(\\R|$)");

    /** The first Markdown heading, else the file name without its date and extension. */
    static String titleOf(String id, String text) {
        for (String line : text.lines().limit(5).toList()) {
            if (line.startsWith("# ")) {
                return line.substring(2).trim();
            }
        }
        String name = id.substring(id.lastIndexOf('/') + 1).replaceAll("(\\(\\d{4}-\\d{2}-\\d{2}\\))?\\.md$", "");
        return name;
    }
}
