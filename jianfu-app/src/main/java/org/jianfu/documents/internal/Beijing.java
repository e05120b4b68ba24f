package org.jianfu.documents.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of documents (成文日期, issuing year) are in Beijing time. */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
