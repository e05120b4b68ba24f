package org.jianfu.meetings.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jianfu.meetings.spi.CalendarEntry;
import org.junit.jupiter.api.Test;

/** The .ics export: one VEVENT per item, Beijing time, escaped text, lines folded at 75 octets (RFC 5545). */
class IcsCalendarTests {

    @Test
    void eachItemIsAnEventInBeijingTimeWithFoldedLines() {
        CalendarEntry meeting = new CalendarEntry(7, "会议", "meeting:12", "全区春耕生产工作会议(第1,2场;会期半天)请各乡镇主要负责同志参加",
                LocalDateTime.of(2026, 6, 16, 9, 0), LocalDateTime.of(2026, 6, 16, 11, 30), 3, "城关区农业农村局",
                "区政府三楼会议室", "/meetings/12", null);
        String ics = IcsCalendar.of("城关区政府办公室", List.of(meeting), Instant.parse("2026-06-15T02:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:meeting:12-7@jianfu\r\n").contains("DTSTART;TZID=Asia/Shanghai:20260616T090000\r\n")
                .contains("DTEND;TZID=Asia/Shanghai:20260616T113000\r\n").contains("DTSTAMP:20260615T020000Z\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:会议：全区春耕生产工作会议(第1\\,2场\\;会期半天)请各乡镇主要负责同志参加\r\n")
                .contains("LOCATION:区政府三楼会议室\r\n");
    }
}
