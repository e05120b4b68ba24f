package org.jianfu.reuse.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A progress line on stderr, redrawn in place at most a few times a second. */
final class ProgressLine {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    void update(int done, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - started) / 1e9;
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        err.printf(Locale.ROOT, "\r%s %d/%d (%d%%) %.1fs", label, done, total, percent, seconds);
        err.flush();
        drawn = true;
    }

    /** Prints a message on its own line, keeping the progress line below it. */
    void message(String text) {
        if (drawn) {
            err.println();
        }
        err.println(text);
        err.flush();
        lastDrawn = 0;
    }

    void finish(int done) {
        update(done, true);
        err.println();
        err.flush();
    }
}
