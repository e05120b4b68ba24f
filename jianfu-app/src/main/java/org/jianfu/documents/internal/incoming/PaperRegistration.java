package org.jianfu.documents.internal.incoming;

import java.time.LocalDate;
import org.jianfu.documents.internal.Urgency;

/** What the office clerk types when registering a paper document; the scan comes beside it. */
public record PaperRegistration(String title, String originalNumber, String issuingOrgan, LocalDate receivedOn,
                                Urgency urgency) {
}
