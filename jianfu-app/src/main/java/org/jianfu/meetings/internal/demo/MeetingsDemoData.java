package org.jianfu.meetings.internal.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.meetings.internal.demo.MeetingTopics.Topic;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meetings of 2018 and 2019 in a sample of counties (all of them at scale 1): each topic cascades
 * city → county → every township (the same meeting three times). In 2019 about a third of the
 * cascades became one video meeting reaching the villages, and half of the rest went to video;
 * plans for 2019 cut 30 % against 2018. The years after and the weeks ahead, with cascades still
 * planned for the merge proposals, are {@link LivingMeetings}'.
 */
@Component
class MeetingsDemoData implements DemoData {

    private static final List<String> ALWAYS = List.of("620102", "620103");

    private final Organization organization;
    private final JdbcTemplate jdbc;

    MeetingsDemoData(Organization organization, JdbcTemplate jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "meetings.meetings";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long expectedSteps() {
        return 88;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        MeetingRows rows = new MeetingRows(jdbc, context.baseYear());
        Set<String> prefectureTopics = new HashSet<>();
        for (Division county : counties(context)) {
            Map<String, Unit> countyUnits = byKey(organization.unitsOf(county.code()));
            Map<String, Unit> prefectureUnits = byKey(organization.unitsOf(county.parentCode()));
            List<Division> townships = organization.children(county.code());
            Map<String, List<Unit>> villages = new HashMap<>();
            for (Division t : townships) {
                villages.put(t.code(), organization.unitsBelow(t.code(), DivisionLevel.VILLAGE));
            }
            Map<String, Unit> townshipGovs = new HashMap<>();
            for (Division t : townships) {
                organization.unitsOf(t.code()).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst()
                        .ifPresent(u -> townshipGovs.put(t.code(), u));
            }
            Map<String, String> places = new HashMap<>();
            places.put(county.code(), county.name());
            organization.division(county.parentCode()).ifPresent(p -> places.put(p.code(), p.name()));
            townships.forEach(t -> places.put(t.code(), t.name()));
            Cascade cascade = new Cascade(rows, random, countyUnits, prefectureUnits, townshipGovs, villages, places);
            for (Topic topic : MeetingTopics.ALL) {
                for (int year : new int[] {context.baseYear(), context.seedYear()}) {
                    LocalDate day = workday(LocalDate.of(year, topic.month(), 3 + random.nextInt(20)));
                    boolean city = prefectureTopics.add(county.parentCode() + topic.title() + year);
                    boolean reachDown = year == context.seedYear() && random.nextDouble() < 0.4;
                    double video = year == context.seedYear() ? 0.5 : 0.05;
                    cascade.held(topic, day, city, reachDown, video);
                }
            }
            context.advance(1);
        }
        rows.flush();
        rows.writePlans();
        return rows.count();
    }

    private List<Division> counties(DemoContext context) {
        List<Division> all = organization.children(organization.root().code()).stream()
                .flatMap(prefecture -> organization.children(prefecture.code()).stream()).toList();
        return context.sample(all, county -> ALWAYS.contains(county.code()));
    }

    private static Map<String, Unit> byKey(List<Unit> units) {
        Map<String, Unit> map = new HashMap<>();
        units.forEach(u -> map.put(u.unitKey(), u));
        return map;
    }

    static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    static Timestamp at(LocalDate day, int hour, int minute) {
        return Timestamp.valueOf(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)));
    }
}
