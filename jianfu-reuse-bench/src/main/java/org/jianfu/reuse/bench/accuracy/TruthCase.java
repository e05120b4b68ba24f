package org.jianfu.reuse.bench.accuracy;

/** A passage known to be copied: where it is in the query and where it came from, in code points. */
record TruthCase(int queryStart, int queryEnd, String source, int sourceStart, int sourceEnd) {
}
