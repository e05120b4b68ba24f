package org.jianfu.reuse.bench.speed;

import java.util.List;
import org.jianfu.reuse.bench.PanMeasures;

/** A 10,000-character draft to check, with the passages known to be copied into it. */
record Draft(String id, String text, List<PanMeasures.Span> cases) {
}
