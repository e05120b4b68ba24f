package org.jianfu.meetings.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoPeriod;
import org.jianfu.demo.DemoStage;
import org.jianfu.demo.LivingDemoData;
import org.jianfu.meetings.internal.demo.MeetingTopics.Topic;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meetings from 2020 to the end of next week in the tour counties (and a few others, scaled): the
 * yearly topics cascade as in the seed, mostly by video now; in the recent weeks and ahead every tour
 * county passes one more topic down each week, so its townships have meetings this week and next, and
 * what lies ahead is still planned (the merge proposals have cascades to merge). Each year after 2020
 * that has ended, every unit that organised meetings in it has had its plan: no more than the year
 * before. This year's plan is the clerk's to set (年度会议计划); the demo does not set it for them.
 */
@Component
class LivingMeetings implements LivingDemoData {

    private final Organization organization;
    private final JdbcTemplate jdbc;

    LivingMeetings(Organization organization, JdbcTemplate jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "meetings.living";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public boolean plansAhead() {
        return true;
    }

    @Override
    public long load(DemoContext context, DemoPeriod period) {
        Random random = context.random();
        long rows = plans(period);
        MeetingRows meetings = new MeetingRows(jdbc, context.baseYear());
        for (Division county : counties(context, random)) {
            boolean tour = DemoContext.TOUR_COUNTIES.contains(county.code());
            Cascade cascade = cascade(county, random, meetings);
            List<Topic> topics = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            for (int year = period.from().getYear(); year <= period.to().minusDays(1).getYear(); year++) {
                for (Topic topic : MeetingTopics.ALL) {
                    LocalDate day = MeetingsDemoData.workday(LocalDate.of(year, topic.month(), 3 + random.nextInt(20)));
                    if (period.contains(day) && (!period.recent() || !tour)) {
                        topics.add(topic);
                        days.add(day);
                    }
                }
            }
            if (tour && period.recent()) {
                List<LocalDate> workdays = period.workdays();
                for (LocalDate monday = DemoPeriod.monday(period.from()); monday.isBefore(period.to()); monday = monday.plusWeeks(1)) {
                    LocalDate m = monday;
                    List<LocalDate> week = workdays.stream().filter(d -> !d.isBefore(m) && d.isBefore(m.plusWeeks(1))).toList();
                    if (!week.isEmpty()) {
                        topics.add(MeetingTopics.ALL.get(random.nextInt(MeetingTopics.ALL.size())));
                        days.add(week.get(random.nextInt(week.size())));
                    }
                }
            }
            for (int i = 0; i < topics.size(); i++) {
                LocalDate day = days.get(i);
                if (day.isBefore(period.today())) {
                    cascade.held(topics.get(i), day, random.nextDouble() < 0.3, random.nextDouble() < 0.5, 0.7);
                } else {
                    cascade.planned(topics.get(i), day, true);
                }
            }
        }
        meetings.flush();
        return rows + meetings.count();
    }

    /** Past years' plans (written on the first day of the next): the year before's organisers, no more than then. */
    private long plans(DemoPeriod period) {
        long rows = 0;
        for (int next = period.from().getYear(); next <= period.to().minusDays(1).getYear(); next++) {
            int year = next - 1;
            if (period.contains(LocalDate.of(next, 1, 1)) && year >= 2020) {
                rows += jdbc.update("""
                        insert into meetings.meeting_plan (unit_id, year, rule, base_year, cut_percent, baseline, quota)
                        select organiser_unit_id, ?, 'NOT_ABOVE_LAST_YEAR', ?, 0, count(*), count(*) from meetings.meeting
                        where starts_at >= make_date(?, 1, 1) and starts_at < make_date(?, 1, 1) and state in ('HELD', 'PLANNED')
                        group by organiser_unit_id
                        on conflict (unit_id, year) do nothing""", year, year - 1, year - 1, year);
            }
        }
        return rows;
    }

    private List<Division> counties(DemoContext context, Random random) {
        List<Division> counties = new ArrayList<>();
        for (Division prefecture : organization.children(organization.root().code())) {
            for (Division county : organization.children(prefecture.code())) {
                if (DemoContext.TOUR_COUNTIES.contains(county.code()) || random.nextDouble() < 0.1 * context.scale()) {
                    counties.add(county);
                }
            }
        }
        return counties;
    }

    private Cascade cascade(Division county, Random random, MeetingRows meetings) {
        Map<String, Unit> countyUnits = byKey(organization.unitsOf(county.code()));
        Map<String, Unit> prefectureUnits = byKey(organization.unitsOf(county.parentCode()));
        List<Division> townships = organization.children(county.code());
        Map<String, List<Unit>> villages = new HashMap<>();
        Map<String, Unit> townshipGovs = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        places.put(county.code(), county.name());
        organization.division(county.parentCode()).ifPresent(p -> places.put(p.code(), p.name()));
        for (Division t : townships) {
            villages.put(t.code(), organization.unitsBelow(t.code(), DivisionLevel.VILLAGE));
            organization.unitsOf(t.code()).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst()
                    .ifPresent(u -> townshipGovs.put(t.code(), u));
            places.put(t.code(), t.name());
        }
        return new Cascade(meetings, random, countyUnits, prefectureUnits, townshipGovs, villages, places);
    }

    private static Map<String, Unit> byKey(List<Unit> units) {
        Map<String, Unit> map = new HashMap<>();
        units.forEach(u -> map.put(u.unitKey(), u));
        return map;
    }
}
