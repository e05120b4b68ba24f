package org.jianfu.indicators.matching.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a UTF-8, tab-separated pairs file with a header row, locating columns by name. Any
 * malformed line fails the whole read with its 1-based line number, so callers write nothing.
 */
final class PairsFile {

    /** One data row: its line number and cells, looked up by header name. */
    record Row(int lineNumber, List<String> header, String[] cells) {

        String get(String column) {
            return cells[header.indexOf(column)];
        }
    }

    /** A line that does not fit the format; {@code lineNumber} counts from 1 (the header). */
    static final class MalformedLineException extends Exception {

        private final int lineNumber;

        MalformedLineException(int lineNumber, String message) {
            super("line " + lineNumber + ": " + message);
            this.lineNumber = lineNumber;
        }

        int lineNumber() {
            return lineNumber;
        }
    }

    private PairsFile() {
    }

    static List<Row> read(Path file, List<String> requiredColumns) throws IOException, MalformedLineException {
        List<String> lines = decodeLines(Files.readAllBytes(file));
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new MalformedLineException(1, "missing header row with columns " + String.join(", ", requiredColumns));
        }
        List<String> header = Arrays.stream(lines.getFirst().replaceFirst("^\uFEFF", "").split("\t", -1))
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new MalformedLineException(1, "header has no column '" + column + "'");
            }
        }
        int lastNeeded = requiredColumns.stream().mapToInt(header::indexOf).max().orElse(0);
        int lastNonEmpty = lines.size() - 1;
        while (lastNonEmpty > 0 && lines.get(lastNonEmpty).isEmpty()) {
            lastNonEmpty--; // trailing empty lines are the end of the file, not rows
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= lastNonEmpty; i++) {
            int lineNumber = i + 1;
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length <= lastNeeded) {
                throw new MalformedLineException(lineNumber,
                        "expected " + header.size() + " tab-separated columns, found " + cells.length);
            }
            for (String column : requiredColumns) {
                if (cells[header.indexOf(column)].isBlank()) {
                    throw new MalformedLineException(lineNumber, "column '" + column + "' is empty");
                }
            }
            rows.add(new Row(lineNumber, header, cells));
        }
        return rows;
    }

    // Decodes line by line so that invalid UTF-8 is reported with its line number.
    private static List<String> decodeLines(byte[] bytes) throws MalformedLineException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i) {
                    break;
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                try {
                    lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
                } catch (CharacterCodingException e) {
                    throw new MalformedLineException(lines.size() + 1, "not valid UTF-8");
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
