package org.jianfu.indicators.internal.requests;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jianfu.indicators.matching.Tier;
import org.jianfu.platform.time.ChinaTime;

/**
 * The requester's answer to a 可能相同 pair: whether the drafted field ({@code fieldName}) and the field
 * another department collects ({@code matchedName}) are one datum, and if not, why not. Stored with the
 * matcher's tier and score at the time, who answered and when; a labelled pair for the next fit.
 */
public record Confirmation(long id, Long requestId, Long fieldId, String fieldName, String matchedName, String matchedKey,
                           String matchedCollector, String matchedForm, Tier tier, double score, boolean same,
                           String reason, long answeredBy, String answeredByName, Instant answeredAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    public String answeredAtText() {
        return SHOWN.format(answeredAt);
    }
}
