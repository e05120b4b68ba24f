package org.jianfu.meetings.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jianfu.meetings.spi.CalendarEntry;

/**
 * A unit's items as iCalendar (RFC 5545): one VEVENT each, times in Beijing time (TZID Asia/Shanghai, no daylight
 * saving, so one VTIMEZONE of +08:00 is exact), text escaped and lines folded at 75 octets.
 */
final class IcsCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsCalendar() {
    }

    static String of(String unitName, List<CalendarEntry> entries, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Jianfu//日程//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(unitName + "日程"));
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Asia/Shanghai");
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0800");
        line(out, "TZOFFSETTO:+0800");
        line(out, "TZNAME:CST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        String stamp = LOCAL.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "Z";
        for (CalendarEntry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.key() + "-" + e.unitId() + "@jianfu");
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;TZID=Asia/Shanghai:" + LOCAL.format(e.start()));
            line(out, "DTEND;TZID=Asia/Shanghai:" + LOCAL.format(e.end()));
            line(out, "SUMMARY:" + text(e.kind() + "：" + e.title()));
            if (e.place() != null) {
                line(out, "LOCATION:" + text(e.place()));
            }
            line(out, "DESCRIPTION:" + text("主办：" + e.organiserName() + (e.todo() != null ? "（" + e.todo() + "）" : "")));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** A content line, folded so that no line exceeds 75 octets (never inside a UTF-8 character), ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int lineLimit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > lineLimit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
