package org.jianfu.platform.time;

import java.time.ZoneId;

/**
 * Beijing time, the one zone literal of the code: the default of {@code jianfu.zone} and the zone of the
 * local times the database stores (meeting starts, inspection days). For "now" ask the {@link java.time.Clock}.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
