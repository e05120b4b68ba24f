package org.jianfu.reuse.engine.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one document strictly as UTF-8 and says plainly why a file is not usable text: unreadable,
 * empty, too large, invalid UTF-8 (with the byte offset) or binary.
 */
final class TextFileReader {

    /** Either the text or the reason there is none. */
    record Result(String text, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final long maxBytes;

    TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Result read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return problem("too large (" + size + " bytes, limit " + maxBytes + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return problem("unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            return problem("empty file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return problem("invalid UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (looksBinary(text)) {
            return problem("binary content (control characters), not text");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return problem("no text (only spaces or punctuation)");
        }
        return new Result(text, null);
    }

    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > text.length() / 100;
    }

    private static Result problem(String problem) {
        return new Result(null, problem);
    }
}
