package org.jianfu.reuse.bench.accuracy;

import org.jianfu.reuse.engine.ReuseSettings;

/** Overrides of the engine's defaults from system properties, to measure alternatives (-Dk=9 -Dw=10 …). */
public final class Tuning {

    private Tuning() {
    }

    public static ReuseSettings apply(ReuseSettings defaults) {
        ReuseSettings s = defaults
                .withFingerprinting(integer("k", defaults.shingleLength()), integer("w", defaults.winnowWindow()))
                .withMinPassageLength(integer("minPassage", defaults.minPassageLength()))
                .withBoilerplate(integer("boilerplateDocs", defaults.boilerplateMinDocuments()),
                        real("boilerplateShare", defaults.boilerplateDocumentShare()));
        return s.withRewordCandidates(integer("rewordCandidates", s.rewordCandidates())).withAlignment(integer("maxGap", s.maxGap()), integer("maxDrift", s.maxDrift()),
                integer("mergeGap", s.mergeGap()), integer("reorderSpan", s.reorderSpan()),
                real("minSimilarity", s.minSimilarity()));
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
    }

    private static double real(String name, double fallback) {
        return Double.parseDouble(System.getProperty(name, Double.toString(fallback)));
    }
}
