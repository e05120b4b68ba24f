package org.jianfu.reuse.engine;

/** The share of the checked text's code points that lie in passages copied from one source. */
public record SourceShare(String source, double share) {
}
