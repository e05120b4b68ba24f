package org.jianfu.documents.internal.inbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.Urgency;

/** One addressee's copy of an issued document: what the inbox and the issuer's receipt list show. */
public record Receipt(long documentId, String title, DocumentKind kind, Urgency urgency, String documentNumber,
                      String issuingUnitName, Instant issuedAt, long unitId, String unitName, boolean copy,
                      Instant signedAt, String signedByName, Instant readAt, Instant handledAt, Instant returnedAt,
                      String returnComment, LocalDate remindedOn, boolean withdrawn) {

    /** The state tag: 已收回 (the issuer withdrew it), 待签收, 已签收, 已阅, 已办结, 已退文. */
    @JsonProperty("stateLabel")
    public String stateLabel() {
        if (withdrawn) {
            return "已收回";
        }
        if (returnedAt != null) {
            return "已退文";
        }
        if (signedAt == null) {
            return "待签收";
        }
        if (handledAt != null) {
            return "已办结";
        }
        return readAt != null ? "已阅" : "已签收";
    }

    @JsonIgnore
    public boolean waiting() {
        return signedAt == null && returnedAt == null && !withdrawn;
    }
}
