package org.jianfu.meetings.internal;

import java.util.List;
import org.jianfu.meetings.MeetingCancelled;
import org.jianfu.meetings.MeetingHeld;
import org.jianfu.meetings.MeetingScheduled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the meeting events with the facts monitoring needs, read from the stored rows. */
@Component
public class MeetingEvents {

    private final ApplicationEventPublisher events;
    private final MeetingRepository meetings;

    MeetingEvents(ApplicationEventPublisher events, MeetingRepository meetings) {
        this.events = events;
        this.meetings = meetings;
    }

    public void scheduled(Meeting m) {
        events.publishEvent(new MeetingScheduled(m.id(), m.organiserUnitId(), m.date(), m.hours(), m.mode(), m.type(),
                meetings.invitedUnitIds(m.id())));
    }

    public void held(Meeting m) {
        List<Long> attendees = meetings.signedInUnitIds(m.id());
        events.publishEvent(new MeetingHeld(m.id(), m.organiserUnitId(), m.date(), m.hours(), m.mode(), m.type(),
                attendees.isEmpty() ? meetings.invitedUnitIds(m.id()) : attendees));
    }

    public void cancelled(Meeting m, Long mergedInto) {
        events.publishEvent(new MeetingCancelled(m.id(), m.organiserUnitId(), m.date(), mergedInto));
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }
}
