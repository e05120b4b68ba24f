package org.jianfu.meetings.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jianfu.meetings.internal.demo.MeetingRows.Invite;
import org.jianfu.meetings.internal.demo.MeetingRows.Row;
import org.jianfu.meetings.internal.demo.MeetingTopics.Topic;
import org.jianfu.organization.Unit;

/** One topic passed down one county: city meeting, county meeting, then a meeting in every township. */
final class Cascade {

    private final MeetingRows rows;
    private final Random random;
    private final Map<String, Unit> county;
    private final Map<String, Unit> prefecture;
    private final Map<String, Unit> townshipGovs;
    private final Map<String, List<Unit>> villages;
    private final Map<String, String> places;

    Cascade(MeetingRows rows, Random random, Map<String, Unit> county, Map<String, Unit> prefecture,
            Map<String, Unit> townshipGovs, Map<String, List<Unit>> villages, Map<String, String> places) {
        this.rows = rows;
        this.random = random;
        this.county = county;
        this.prefecture = prefecture;
        this.townshipGovs = townshipGovs;
        this.villages = villages;
        this.places = places;
    }

    void held(Topic topic, LocalDate day, boolean city, boolean reachDown, double videoShare) {
        write(topic, day, city, reachDown, videoShare, "HELD");
    }

    void planned(Topic topic, LocalDate day, boolean city) {
        write(topic, day, city, false, 0, "PLANNED");
    }

    private void write(Topic topic, LocalDate day, boolean city, boolean reachDown, double videoShare, String state) {
        Unit countyUnit = county.getOrDefault(topic.systemKey(), county.get("gov"));
        Unit cityUnit = prefecture.getOrDefault(topic.systemKey(), prefecture.get("gov"));
        boolean held = "HELD".equals(state);
        if (city) {
            meeting(cityUnit, place(cityUnit) + topic.title(), MeetingsDemoData.workday(day.minusDays(3)), "PREFECTURE,COUNTY",
                    random.nextDouble() < videoShare, List.of(countyUnit), false, state, held);
        }
        List<Unit> govs = new ArrayList<>(townshipGovs.values());
        if (reachDown) {
            List<Unit> all = new ArrayList<>(govs);
            govs.forEach(g -> all.addAll(villages.getOrDefault(g.divisionCode(), List.of())));
            meeting(countyUnit, place(countyUnit) + topic.title() + "（视频会议直达村级）", day, "TOWNSHIP,VILLAGE", true,
                    all, true, state, held);
            return;
        }
        meeting(countyUnit, place(countyUnit) + topic.title(), day, "TOWNSHIP", random.nextDouble() < videoShare, govs,
                false, state, held);
        for (Unit gov : govs) {
            LocalDate later = MeetingsDemoData.workday(day.plusDays(1 + random.nextInt(4)));
            meeting(gov, place(gov) + topic.title(), later, "VILLAGE", random.nextDouble() < videoShare,
                    villages.getOrDefault(gov.divisionCode(), List.of()), false, state, held);
        }
    }

    private void meeting(Unit organiser, String title, LocalDate day, String reach, boolean video, List<Unit> invited,
                         boolean sites, String state, boolean attended) {
        long id = rows.nextId();
        boolean afternoon = random.nextBoolean();
        String mode = video ? "VIDEO" : "ON_SITE";
        rows.add(new Row(id, organiser.id(), title, "SPECIAL", MeetingsDemoData.at(day, afternoon ? 14 : 9, afternoon ? 30 : 0),
                        60 + 30 * random.nextInt(4), 30, mode, "{" + reach + "}", "DEPUTY", "DEPUTY",
                        video ? null : organiser.shortName() + "会议室", video ? "甘肃省政务视频会议系统 " + (1000 + random.nextInt(900)) + " 室" : null,
                        state),
                invited.stream().map(u -> new Invite(id, u.id(), video || sites ? "本单位会议室" : null,
                        attended && random.nextDouble() < 0.9)).toList());
    }

    private String place(Unit unit) {
        return places.getOrDefault(unit.divisionCode(), "");
    }
}
