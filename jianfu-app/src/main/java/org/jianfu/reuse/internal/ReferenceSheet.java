package org.jianfu.reuse.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianfu.platform.RuleViolationException;

/**
 * The metadata sheet of a reference import ({@code metadata.csv}: file, 标题, 文号, 发文机关, 层级, 日期). A sheet
 * that cannot be read (a bad level or date) refuses the whole import before any file, so nothing is half-imported.
 */
final class ReferenceSheet {

    /** What the sheet says of one file (blank cells are null). */
    record Metadata(String title, String number, String organ, ReferenceLevel level, LocalDate date) {
    }

    private ReferenceSheet() {
    }

    /** The sheet: a header row naming the columns (file/文件, 标题, 文号, 发文机关, 层级, 日期), then one row per file. */
    static Map<String, Metadata> read(Path csv) {
        List<List<String>> rows;
        try {
            rows = Csv.parse(decode(Files.readAllBytes(csv)));
        } catch (IOException e) {
            throw new RuleViolationException("元数据表无法读取：" + e.getMessage());
        }
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int file = column(header, "file", "文件", "文件名");
        if (file < 0) {
            throw new RuleViolationException("元数据表第一行须有“文件”列（file, 标题, 文号, 发文机关, 层级, 日期）");
        }
        int title = column(header, "标题", "title");
        int number = column(header, "文号", "number");
        int organ = column(header, "发文机关", "organ");
        int level = column(header, "层级", "level");
        int date = column(header, "日期", "成文日期", "date");
        Map<String, Metadata> sheet = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String name = cell(row, file);
            if (name == null) {
                continue;
            }
            sheet.put(name.replace('\\', '/'), new Metadata(cell(row, title), cell(row, number), cell(row, organ),
                    level(cell(row, level), r + 1), date(cell(row, date), r + 1)));
        }
        return sheet;
    }

    static ReferenceLevel level(String label, int line) {
        if (label == null) {
            return null;
        }
        return Arrays.stream(ReferenceLevel.values()).filter(l -> l.label().equals(label) || l.name().equalsIgnoreCase(label))
                .findFirst().orElseThrow(() -> new RuleViolationException((line == 0 ? "" : "元数据表第 " + line + " 行的") + "层级“" + label
                        + "”无法识别（中央、国务院部门、省、市、县、乡）"));
    }

    private static LocalDate date(String value, int line) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("元数据表第 " + line + " 行的日期“" + value + "”无法识别（应为 2026-03-05）");
        }
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int i) {
        if (i < 0 || i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** UTF-8 (with or without BOM) when it decodes cleanly, else GB18030 (what Excel on Chinese Windows saves). */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    if (!(row.size() == 1 && row.getFirst().isEmpty())) {
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
