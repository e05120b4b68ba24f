package org.jianfu.reuse.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * PAN plagiarism detection measures (Potthast et al. 2010): character-level macro precision and
 * recall over cases and detections, where a case or detection is its characters in the query plus
 * those in the source, and a detection counts for a case only if it names the case's source and
 * overlaps it in both texts; granularity is the mean number of detections per detected case;
 * plagdet = F1 / log2(1 + granularity).
 */
public final class PanMeasures {

    /** A detection or a case, within one query. */
    public record Span(String query, int queryStart, int queryEnd, String source, int sourceStart, int sourceEnd) {
        int size() {
            return (queryEnd - queryStart) + (sourceEnd - sourceStart);
        }

        public boolean detects(Span other) {
            return query.equals(other.query) && source.equals(other.source)
                    && queryStart < other.queryEnd && other.queryStart < queryEnd
                    && sourceStart < other.sourceEnd && other.sourceStart < sourceEnd;
        }
    }

    public record Result(double precision, double recall, double granularity, int cases, int detections) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public double plagdet() {
            return f1() / (Math.log(1 + granularity) / Math.log(2));
        }
    }

    public static Result score(List<Span> cases, List<Span> detections) {
        double recallSum = 0;
        double granularitySum = 0;
        int detected = 0;
        for (Span s : cases) {
            List<Span> matching = detections.stream().filter(r -> r.detects(s)).toList();
            recallSum += overlapWithUnion(s, matching) / (double) s.size();
            if (!matching.isEmpty()) {
                detected++;
                granularitySum += matching.size();
            }
        }
        double precisionSum = 0;
        for (Span r : detections) {
            List<Span> matching = cases.stream().filter(s -> r.detects(s)).toList();
            precisionSum += overlapWithUnion(r, matching) / (double) r.size();
        }
        double precision = detections.isEmpty() ? 1 : precisionSum / detections.size();
        double recall = cases.isEmpty() ? 1 : recallSum / cases.size();
        double granularity = detected == 0 ? 1 : granularitySum / detected;
        return new Result(precision, recall, granularity, cases.size(), detections.size());
    }

    /** Characters of {@code span} (both texts) covered by the union of {@code others}. */
    private static int overlapWithUnion(Span span, List<Span> others) {
        List<int[]> queryRanges = new ArrayList<>();
        List<int[]> sourceRanges = new ArrayList<>();
        for (Span other : others) {
            queryRanges.add(new int[] {Math.max(span.queryStart, other.queryStart), Math.min(span.queryEnd, other.queryEnd)});
            sourceRanges.add(new int[] {Math.max(span.sourceStart, other.sourceStart), Math.min(span.sourceEnd, other.sourceEnd)});
        }
        return unionLength(queryRanges) + unionLength(sourceRanges);
    }

    private static int unionLength(List<int[]> ranges) {
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int total = 0;
        int reached = Integer.MIN_VALUE;
        for (int[] range : ranges) {
            int from = Math.max(range[0], reached);
            if (range[1] > from) {
                total += range[1] - from;
                reached = range[1];
            }
        }
        return total;
    }
}
