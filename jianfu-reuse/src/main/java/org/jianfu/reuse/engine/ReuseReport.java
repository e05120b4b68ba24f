package org.jianfu.reuse.engine;

import java.util.List;

/**
 * The result of checking one text.
 *
 * @param length the text's length in code points
 * @param copyRatio share of its code points inside at least one passage
 * @param passages copied stretches, in query order, each reported once
 * @param sources share per source, largest first
 */
public record ReuseReport(int length, double copyRatio, List<Passage> passages, List<SourceShare> sources) {

    public ReuseReport {
        passages = List.copyOf(passages);
        sources = List.copyOf(sources);
    }
}
