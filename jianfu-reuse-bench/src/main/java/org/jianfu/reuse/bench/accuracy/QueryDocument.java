package org.jianfu.reuse.bench.accuracy;

import java.util.List;

/** A generated query with the passages known to be copied into it. */
record QueryDocument(String id, ObfuscationKind kind, String text, List<TruthCase> cases) {
}
