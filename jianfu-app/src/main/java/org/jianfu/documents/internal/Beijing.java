package org.jianfu.documents.internal;

import java.time.ZoneId;
import org.jianfu.platform.time.ChinaTime;

/** Dates of documents (成文日期, issuing year) are in Beijing time; "today" comes from the {@link java.time.Clock}. */
public final class Beijing {

    public static final ZoneId ZONE = ChinaTime.ZONE;

    private Beijing() {
    }
}
