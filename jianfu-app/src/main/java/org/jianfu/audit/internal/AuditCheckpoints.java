package org.jianfu.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed checkpoints of the chain's head (sequence number and hash), written outside the table: a line in
 * {@code checkpoints.log} in the audit folder and a line in the server's log. The chain alone cannot show
 * that its newest entries were deleted; a checkpoint that names an entry the table no longer holds does.
 */
final class AuditCheckpoints {

    static final String FILE_NAME = "checkpoints.log";

    private static final Logger LOG = LoggerFactory.getLogger("org.jianfu.audit.checkpoint");

    record Checkpoint(int line, long seq, String hash, Instant at, boolean signed) {
    }

    private final AuditKey key;
    private final Path file;
    private final Clock clock;

    AuditCheckpoints(AuditKey key, AuditFolder folder, Clock clock) {
        this.key = key;
        this.file = folder.path().resolve(FILE_NAME);
        this.clock = clock;
    }

    /** Appends a checkpoint for the head, unless the last one already names it. */
    synchronized void write(long seq, String hash) {
        List<Checkpoint> written = read();
        if (!written.isEmpty() && written.getLast().seq() == seq && written.getLast().hash().equals(hash)) {
            return;
        }
        Instant at = clock.instant();
        String line = seq + "\t" + hash + "\t" + at.toEpochMilli() + "\t" + EntryHash.mac(key, signed(seq, hash, at));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("审计日志检查点无法写入: " + file, e);
        }
        LOG.info("审计日志检查点：第 {} 条，哈希 {}", seq, hash);
    }

    /** Every checkpoint written so far; a line whose signature does not hold is returned unsigned. */
    synchronized List<Checkpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("审计日志检查点无法读取: " + file, e);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length != 4) {
                checkpoints.add(new Checkpoint(i + 1, -1, "", Instant.EPOCH, false));
                continue;
            }
            try {
                long seq = Long.parseLong(f[0]);
                Instant at = Instant.ofEpochMilli(Long.parseLong(f[2]));
                boolean signed = EntryHash.mac(key, signed(seq, f[1], at)).equals(f[3]);
                checkpoints.add(new Checkpoint(i + 1, seq, f[1], at, signed));
            } catch (NumberFormatException e) {
                checkpoints.add(new Checkpoint(i + 1, -1, "", Instant.EPOCH, false));
            }
        }
        return checkpoints;
    }

    private static String signed(long seq, String hash, Instant at) {
        return "checkpoint\u001f" + seq + "\u001f" + hash + "\u001f" + at.toEpochMilli();
    }
}
