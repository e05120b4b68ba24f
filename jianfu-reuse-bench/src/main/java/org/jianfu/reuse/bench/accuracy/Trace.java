package org.jianfu.reuse.bench.accuracy;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseReport;

/** With -Dtrace=FILE, writes one TSV line per detection (kind, true or false, lengths, similarity). */
final class Trace {

    private static final PrintWriter OUT = open();

    private Trace() {
    }

    static void write(QueryDocument query, ReuseReport report) {
        if (OUT == null) {
            return;
        }
        for (Passage p : report.passages()) {
            boolean hit = query.cases().stream().anyMatch(c -> c.source().equals(p.source())
                    && c.queryStart() < p.queryEnd() && p.queryStart() < c.queryEnd());
            OUT.printf("%s\t%s\t%d\t%d\t%.3f%n", query.kind(), hit, p.queryEnd() - p.queryStart(),
                    p.sourceEnd() - p.sourceStart(), p.similarity());
        }
        OUT.flush();
    }

    private static PrintWriter open() {
        String file = System.getProperty("trace");
        try {
            return file == null ? null : new PrintWriter(new FileWriter(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
