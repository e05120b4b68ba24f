package org.jianfu.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application, in the configured zone ({@code jianfu.zone}, Beijing time
 * by default): every "now", "today" and "this year" reads it. With {@code jianfu.clock.fixed} set (the
 * tests set it) the clock starts at that instant and runs on from there, so dates are the same on every
 * run while durations and the order of events stay real.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${jianfu.zone:Asia/Shanghai}") ZoneId zone, @Value("${jianfu.clock.fixed:}") String fixed) {
        Clock system = Clock.system(zone);
        if (fixed.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), OffsetDateTime.parse(fixed).toInstant()));
    }
}
