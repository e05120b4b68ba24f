package org.jianfu.monitoring.internal.sources;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.meetings.MeetingHeld;
import org.jianfu.monitoring.internal.BurdenFacts;
import org.jianfu.monitoring.internal.BurdenKind;
import org.jianfu.organization.Organization;
import org.jianfu.organization.TravelTime;
import org.jianfu.organization.Unit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 会海: each grassroots unit that attended a held meeting gets one meeting of its hours; when the
 * meeting had a venue, also one trip whose hours grow with the levels between the unit and the organiser.
 */
@Component
class MeetingFacts {

    private final Organization organization;
    private final BurdenFacts facts;

    MeetingFacts(Organization organization, BurdenFacts facts) {
        this.organization = organization;
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(MeetingHeld held) {
        Unit organiser = organization.unit(held.organiserUnitId()).orElse(null);
        List<BurdenFacts.Landing> landings = new ArrayList<>();
        for (Unit u : organization.units(held.attendeeUnitIds())) {
            landings.add(new BurdenFacts.Landing(u, BurdenKind.MEETING, 1, held.hours()));
            if (held.mode().hasVenue() && organiser != null) {
                landings.add(new BurdenFacts.Landing(u, BurdenKind.TRAVEL, 1, TravelTime.roundTripHours(organiser.divisionLevel(), u.divisionLevel())));
            }
        }
        facts.record(new BurdenFacts.Source("meetings", String.valueOf(held.meetingId()), held.date().withDayOfMonth(1),
                organiser, BurdenKind.MEETING), landings);
    }
}
