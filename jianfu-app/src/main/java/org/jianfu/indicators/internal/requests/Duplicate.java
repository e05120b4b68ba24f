package org.jianfu.indicators.internal.requests;

/**
 * A datum someone already collects that a drafted field asks for again: the existing field, who
 * collects it (department and request), for which period, and the matcher's Chinese reason.
 */
public record Duplicate(String field, String collector, String requestTitle, String periodLabel, String reason,
                        double score, String matchKey, Long sourceUnitId) {
}
