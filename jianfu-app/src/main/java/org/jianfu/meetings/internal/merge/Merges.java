package org.jianfu.meetings.internal.merge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingsMerged;
import org.jianfu.meetings.internal.Invitation;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.meetings.internal.MeetingEvents;
import org.jianfu.meetings.internal.MeetingLimits;
import org.jianfu.meetings.internal.MeetingRepository;
import org.jianfu.organization.Division;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.TravelTime;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reach-down merges (一竿子插到底): proposals for the actor's scope, and accepting one, which turns
 * the top meeting into a video meeting for every level and cancels the lower ones, linked to it.
 */
@Service
public class Merges {

    static final String DEFAULT_ROOM = "省政务视频会议系统（会议室待分配）";

    private final MeetingRepository meetings;
    private final Organization organization;
    private final MeetingEvents events;
    private final JdbcClient jdbc;
    private final MergeFinder finder;

    private final Clock clock;

    Merges(MeetingRepository meetings, Organization organization, MeetingEvents events, JdbcClient jdbc,
           MeetingLimits limits, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.organization = organization;
        this.events = events;
        this.jdbc = jdbc;
        this.finder = new MergeFinder(limits.mergeWindowDays(), limits.titleSimilarity());
    }

    /** Proposals a 减负办 sees for its subtree, or an organiser for the meetings it would host. */
    public List<MergeProposal> proposals(Actor actor) {
        if (actor.role() == Role.CADRE) {
            return List.of();
        }
        boolean office = actor.role() == Role.MONITOR || actor.isAdmin();
        String root = office ? actor.browseRoot() : actor.divisionPath();
        return proposalsBelow(root).stream()
                .filter(p -> office || p.top().organiserUnitId() == actor.unitId()).toList();
    }

    public List<MergeProposal> proposalsBelow(String rootPath) {
        LocalDate today = LocalDate.now(clock);
        // planned meetings from today on: one that should already have taken place is no longer merged
        List<Meeting> planned = meetings.plannedBelow(rootPath, today, today.plusYears(2));
        return finder.find(candidates(planned));
    }

    @Transactional
    public MergeOutcome accept(Actor actor, long topMeetingId, String videoRoom) {
        MergeProposal p = proposals(actor).stream().filter(x -> x.top().id() == topMeetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("没有以该会议为主会场的合并建议: " + topMeetingId));
        if (actor.role() == Role.CLERK || actor.role() == Role.LEADER) {
            if (p.top().organiserUnitId() != actor.unitId()) {
                throw new RuleViolationException("只有主会场的主办单位或减负办可以接受合并建议");
            }
        }
        Meeting top = p.top();
        Map<Long, String> sites = new LinkedHashMap<>();
        meetings.invitations(top.id()).forEach(i -> sites.put(i.unitId(), siteOf(i)));
        Set<DivisionLevel> reach = EnumSet.copyOf(top.reach());
        for (Meeting low : p.lower()) {
            sites.putIfAbsent(low.organiserUnitId(), "本单位会议室");
            meetings.invitations(low.id()).forEach(i -> sites.putIfAbsent(i.unitId(), siteOf(i)));
            reach.addAll(low.reach());
        }
        organization.units(sites.keySet()).forEach(u -> reach.add(u.divisionLevel()));
        sites.remove(top.organiserUnitId());
        String room = videoRoom == null || videoRoom.isBlank()
                ? (top.videoRoom() == null ? DEFAULT_ROOM : top.videoRoom()) : videoRoom.strip();
        jdbc.sql("update meetings.meeting set mode = ?, video_room = ?, reach = ?::text[] where id = ?")
                .params(MeetingMode.VIDEO.name(), room, MeetingRepository.reachLiteral(reach), top.id()).update();
        jdbc.sql("delete from meetings.invitation where meeting_id = ?").param(top.id()).update();
        sites.forEach((unitId, site) -> jdbc.sql(
                        "insert into meetings.invitation (meeting_id, unit_id, receiving_site) values (?,?,?)")
                .params(top.id(), unitId, site).update());
        List<Long> cancelled = new ArrayList<>();
        for (Meeting low : p.lower()) {
            meetings.cancelInto(low.id(), top.id());
            events.cancelled(low, top.id());
            cancelled.add(low.id());
        }
        long mergeId = jdbc.sql("""
                        insert into meetings.merge (merged_meeting_id, cancelled_meeting_ids, attendee_days_saved,
                            travel_hours_saved, accepted_by) values (?,?,?,?,?) returning id""")
                .params(top.id(), cancelled.toArray(Long[]::new), p.attendeeDaysSaved(), p.travelHoursSaved(),
                        actor.username())
                .query(Long.class).single();
        Meeting merged = meetings.find(top.id()).orElseThrow();
        events.scheduled(merged);
        events.publish(new MeetingsMerged(mergeId, top.id(), cancelled, p.attendeeDaysSaved(), p.travelHoursSaved()));
        return new MergeOutcome(mergeId, merged, cancelled);
    }

    /** The result of an accepted merge. */
    public record MergeOutcome(long mergeId, Meeting merged, List<Long> cancelledMeetingIds) {
    }

    private List<MergeCandidate> candidates(List<Meeting> planned) {
        Map<Long, Unit> organisers = new HashMap<>();
        organization.units(planned.stream().map(Meeting::organiserUnitId).distinct().toList())
                .forEach(u -> organisers.put(u.id(), u));
        Map<String, List<String>> places = new HashMap<>();
        List<MergeCandidate> candidates = new ArrayList<>();
        for (Meeting m : planned) {
            Unit organiser = organisers.get(m.organiserUnitId());
            List<String> names = places.computeIfAbsent(organiser.divisionCode(),
                    code -> organization.ancestry(code).stream().map(Division::name).toList());
            List<Invitation> invitations = meetings.invitations(m.id());
            candidates.add(new MergeCandidate(m, organiser, names, invitations.size(), travelHours(m, organiser, invitations)));
        }
        return candidates;
    }

    private double travelHours(Meeting m, Unit organiser, List<Invitation> invitations) {
        if (!m.mode().hasVenue()) {
            return 0;
        }
        List<Long> atVenue = invitations.stream().filter(i -> i.receivingSite() == null).map(Invitation::unitId).toList();
        return organization.units(atVenue).stream()
                .mapToDouble(u -> TravelTime.roundTripHours(organiser.divisionLevel(), u.divisionLevel())).sum();
    }

    private static String siteOf(Invitation i) {
        return i.receivingSite() != null ? i.receivingSite() : "本单位会议室";
    }
}
