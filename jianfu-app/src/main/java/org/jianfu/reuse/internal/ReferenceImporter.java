package org.jianfu.reuse.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jianfu.documents.UploadedText;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.text.Titles;
import org.jianfu.reuse.ReferenceImport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReferenceImport}: one transaction per file, skipping texts the owner already holds, so a killed run
 * resumes by running again. The metadata sheet names files by their path relative to the folder (or bare
 * name); a file it does not describe gets its first short line as its title and the level its organ's name says.
 */
@Component
class ReferenceImporter implements ReferenceImport {

    static final String METADATA = "metadata.csv";
    private static final List<String> TYPES = List.of("txt", "md", "docx", "pdf");

    private final ReferenceRepository references;
    private final UploadedText uploads;
    private final Organization organization;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceImporter(ReferenceRepository references, UploadedText uploads, Organization organization,
                      TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.references = references;
        this.uploads = uploads;
        this.organization = organization;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Summary importFolder(Path folder, long ownerUnitId, boolean shareWithArea, String organ, String level,
                                Progress progress) {
        if (!Files.isDirectory(folder)) {
            throw new RuleViolationException("不是文件夹：" + folder);
        }
        Defaults defaults = new Defaults(organ == null || organ.isBlank() ? null : organ.strip(), ReferenceSheet.level(level, 0));
        Unit owner = organization.unit(ownerUnitId).orElseThrow(() -> new RuleViolationException("单位不存在：" + ownerUnitId));
        Map<String, ReferenceSheet.Metadata> sheet = Files.exists(folder.resolve(METADATA)) ? ReferenceSheet.read(folder.resolve(METADATA)) : Map.of();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(METADATA)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Refused> refused = new ArrayList<>();
        sheet.keySet().stream().filter(name -> files.stream().noneMatch(f -> matches(folder, f, name))).sorted()
                .forEach(name -> refused.add(new Refused(name, "元数据表中列出，但文件夹中没有这个文件")));
        progress.started(files.size());
        int imported = 0;
        int skipped = 0;
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            try {
                if (importOne(file, name, sheet, owner, shareWithArea, defaults)) {
                    imported++;
                } else {
                    skipped++;
                }
            } catch (RuleViolationException e) {
                refused.add(new Refused(name, e.getMessage()));
            } catch (IOException | UncheckedIOException e) {
                refused.add(new Refused(name, "无法读取：" + e.getMessage()));
            }
            progress.advanced(name);
        }
        return new Summary(imported, skipped, refused);
    }

    /** True when imported, false when the owner already holds its text. */
    /** What a file the sheet does not describe gets. */
    private record Defaults(String organ, ReferenceLevel level) {
    }

    private boolean importOne(Path file, String name, Map<String, ReferenceSheet.Metadata> sheet, Unit owner, boolean share,
                              Defaults defaults) throws IOException {
        String ext = extension(name);
        if (!TYPES.contains(ext)) {
            throw new RuleViolationException(ext.isEmpty() ? "无法识别的文件类型（没有扩展名）"
                    : "不支持的文件类型 ." + ext + "（支持 .txt、.md、.docx、.pdf；.ofd 和扫描件暂不支持）");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new RuleViolationException("空文件");
        }
        if (size > 50L * 1024 * 1024) {
            throw new RuleViolationException("文件过大（超过 50 MB）");
        }
        String text = read(file, name);
        if (text.length() > ReferenceLibrary.MAX_TEXT) {
            throw new RuleViolationException("正文超过 20 万字");
        }
        ReferenceSheet.Metadata meta = Optional.ofNullable(sheet.get(name)).or(() -> Optional.ofNullable(sheet.get(file.getFileName().toString())))
                .orElse(new ReferenceSheet.Metadata(null, null, null, null, null));
        String organ = meta.organ() != null ? meta.organ() : defaults.organ() != null ? defaults.organ() : owner.name();
        String title = meta.title() != null ? meta.title() : titleOf(text, file);
        Titles.checked("标题", title);
        ReferenceLevel level = meta.level() != null ? meta.level()
                : meta.organ() == null && defaults.level() != null ? defaults.level() : ReferenceLevel.guess(organ);
        Boolean added = transactions.execute(status -> {
            if (references.sameText(owner.id(), text).isPresent()) {
                return false;
            }
            long id = references.insert(new ReferenceRepository.NewReference(title, meta.number(), organ, level, meta.date(),
                    "IMPORTED", text, owner.id(), share ? owner.divisionPath() : null, null, name, null), clock.instant())
                    .orElseThrow();
            events.publishEvent(new ReferenceLibrary.Changed(id));
            return true;
        });
        return Boolean.TRUE.equals(added);
    }

    /**
     * The file's text. A reader tripping over a malformed file must not end the run: the file is named and
     * the rest go on. Only reading is guarded so: a database failure (or the run being stopped) ends the run.
     */
    private String read(Path file, String name) throws IOException {
        byte[] content = Files.readAllBytes(file);
        try {
            return uploads.of(file.getFileName().toString(), content);
        } catch (RuleViolationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleViolationException("无法读取，可能已损坏或不是有效的 ." + extension(name) + " 文件");
        }
    }

    /** The first non-empty line when it is short enough for a title, else the file name without extension. */
    static String titleOf(String text, Path file) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (!first.isEmpty() && first.codePointCount(0, first.length()) <= 60 && !first.endsWith("：") && !first.endsWith(":")) {
            return first;
        }
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static boolean matches(Path folder, Path file, String name) {
        return folder.relativize(file).toString().replace('\\', '/').equals(name) || file.getFileName().toString().equals(name);
    }

    private static String extension(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
