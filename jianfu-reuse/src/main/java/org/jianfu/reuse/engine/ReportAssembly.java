package org.jianfu.reuse.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.reuse.engine.index.SourceRecord;
import org.jianfu.reuse.engine.match.Piece;
import org.jianfu.reuse.engine.match.SourcedPiece;
import org.jianfu.reuse.engine.text.MappedText;

/** Turns passages in normalised positions into a report in original code point offsets. */
final class ReportAssembly {

    private final ReuseSettings settings;
    private final MappedText query;
    private final int length;

    ReportAssembly(ReuseSettings settings, MappedText query, int length) {
        this.settings = settings;
        this.query = query;
        this.length = length;
    }

    ReuseReport assemble(List<SourcedPiece> found, Map<Integer, SourceRecord> sources,
            java.util.function.IntFunction<String> idOf) {
        List<Passage> passages = new ArrayList<>();
        for (SourcedPiece sourced : found) {
            SourceRecord source = sources.get(sourced.document());
            Piece piece = new EdgeExtension(settings.shingleLength() + settings.winnowWindow())
                    .extend(sourced.piece(), query.length(), source.starts().length);
            passages.add(new Passage(query.startAt(piece.queryStart()), query.endAt(piece.queryEnd() - 1),
                    source.id(), source.starts()[piece.sourceStart()], source.ends()[piece.sourceEnd() - 1],
                    Math.round(sourced.similarity() * 1000) / 1000.0,
                    sourced.alsoIn().stream().map(idOf::apply).toList()));
        }
        return new ReuseReport(length, covered(passages, null) / (double) Math.max(1, length), passages,
                shares(passages));
    }

    private List<SourceShare> shares(List<Passage> passages) {
        Map<String, Integer> bySource = new LinkedHashMap<>();
        for (Passage passage : passages) {
            bySource.computeIfAbsent(passage.source(), s -> covered(passages, s));
        }
        List<SourceShare> shares = new ArrayList<>();
        bySource.forEach((source, chars) -> shares.add(new SourceShare(source, chars / (double) Math.max(1, length))));
        shares.sort(Comparator.comparingDouble(SourceShare::share).reversed());
        return shares;
    }

    /** Code points of the query inside passages (of {@code source}, or of any when null). */
    private static int covered(List<Passage> passages, String source) {
        int[][] ranges = passages.stream()
                .filter(p -> source == null || p.source().equals(source))
                .map(p -> new int[] {p.queryStart(), p.queryEnd()})
                .sorted(Comparator.comparingInt(r -> r[0]))
                .toArray(int[][]::new);
        int covered = 0;
        int reached = 0;
        for (int[] range : ranges) {
            int from = Math.max(range[0], reached);
            if (range[1] > from) {
                covered += range[1] - from;
                reached = range[1];
            }
        }
        return covered;
    }
}
