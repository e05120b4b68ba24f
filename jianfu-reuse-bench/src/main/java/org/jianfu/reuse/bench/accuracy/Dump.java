package org.jianfu.reuse.bench.accuracy;

import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseReport;

/** Prints a query's detected passages and known cases on stderr, to see why a figure is what it is. */
final class Dump {

    private Dump() {
    }

    static java.util.Map<String, String> sources = java.util.Map.of();

    static void print(QueryDocument query, ReuseReport report) {
        System.err.printf("== %s ratio %.3f cases %s%n", query.id(), report.copyRatio(), query.cases());
        int[] cps = query.text().codePoints().toArray();
        for (Passage p : report.passages()) {
            System.err.printf("  [%d,%d) %s [%d,%d) sim %.2f: %s%n", p.queryStart(), p.queryEnd(), p.source(),
                    p.sourceStart(), p.sourceEnd(), p.similarity(),
                    new String(cps, p.queryStart(), p.queryEnd() - p.queryStart()).replace('\n', ' '));
            String source = sources.get(p.source());
            if (source != null) {
                int[] scp = source.codePoints().toArray();
                System.err.println("     source: " + new String(scp, p.sourceStart(), p.sourceEnd() - p.sourceStart()).replace('\n', ' '));
            }
        }
    }
}
