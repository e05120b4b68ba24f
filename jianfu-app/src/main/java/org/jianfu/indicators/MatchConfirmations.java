package org.jianfu.indicators;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * What requesters answered when the matcher said 可能相同: labelled pairs of field names for the next
 * {@code indicators fit}. Unscoped (for the command line, run by the operator on the server).
 */
public interface MatchConfirmations {

    /** One answer: {@code a} the drafted field, {@code b} the field another department collects. */
    record LabelledPair(String a, String b, boolean same, String source, Instant when, String tier, double score,
                        String reason) {
    }

    /** Every answer given, oldest first. */
    List<LabelledPair> labelledPairs();

    /**
     * The answers as a UTF-8 pairs file the fit reads: a header row and columns a, b, same (true or
     * false), source, when (ISO-8601, UTC), tier and score the matcher gave then, reason (why not).
     *
     * @return the number of pairs written
     */
    int writeTsv(Writer out) throws IOException;
}
