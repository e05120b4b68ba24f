package org.jianfu.meetings.internal.minutes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jianfu.documents.DocumentStatus;
import org.jianfu.documents.Documents;
import org.jianfu.documents.DraftRequest;
import org.jianfu.meetings.internal.Invitation;
import org.jianfu.meetings.internal.Meeting;
import org.jianfu.meetings.internal.MeetingDesk;
import org.jianfu.meetings.internal.MeetingRepository;
import org.jianfu.meetings.internal.MeetingState;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.jianfu.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议纪要 as a 公文: the organiser's clerk drafts it once the meeting has taken place (marked 已召开,
 * or its start has passed and nobody has tapped 会议已召开 yet); documents takes it from there
 * (edit, consistency review, 核稿, 签发 with the 减负 gate, 印发). One document per meeting: a
 * second tap returns the first.
 *
 * <p>Main recipients are all invited units, not only those that came: a 纪要 records what was
 * decided for everyone concerned, and a unit that missed the meeting needs it most.
 */
@Service
public class MinutesDocuments {

    /** The meeting's minutes document and whether this call created it. */
    public record Drafted(long documentId, boolean created) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final MeetingDesk desk;
    private final MeetingRepository meetings;
    private final MinutesLinks links;
    private final Documents documents;

    private final Clock clock;

    MinutesDocuments(MeetingDesk desk, MeetingRepository meetings, MinutesLinks links, Documents documents, Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.meetings = meetings;
        this.links = links;
        this.documents = documents;
    }

    @Transactional
    public Drafted draft(Actor actor, long meetingId) {
        Meeting seen = desk.readable(actor, meetingId);
        if (!desk.isOrganiser(actor, seen)) {
            throw new RuleViolationException("只有主办单位可以起草会议纪要");
        }
        links.lockMeeting(seen.id());
        Optional<Long> existing = links.documentOf(seen.id());
        if (existing.isPresent()) {
            return new Drafted(existing.get(), false);
        }
        if (actor.role() != Role.CLERK) {
            throw new RuleViolationException("会议纪要由本单位文书起草，起草后可在此查看");
        }
        Meeting m = meetings.find(seen.id()).orElseThrow();
        refuseUnlessTakenPlace(m, LocalDateTime.now(clock));
        List<Invitation> invitations = meetings.invitations(m.id());
        List<Long> recipients = invitations.stream().map(Invitation::unitId)
                .filter(id -> id != m.organiserUnitId()).toList();
        long documentId = documents.draft(actor,
                DraftRequest.minutes(MinutesText.title(m), MinutesText.body(m, invitations), recipients));
        links.link(m.id(), documentId, actor.accountId());
        return new Drafted(documentId, true);
    }

    /** The meeting's minutes document, if one was drafted. Callers have read the meeting in scope. */
    public Optional<DocumentStatus> of(Meeting m) {
        return links.documentOf(m.id()).flatMap(documents::status);
    }

    /** Whether the 起草会议纪要 button makes sense for this actor now. */
    public boolean mayDraft(Actor actor, Meeting m, boolean drafted) {
        return !drafted && actor.role() == Role.CLERK && desk.isOrganiser(actor, m) && tookPlace(m, LocalDateTime.now(clock));
    }

    static boolean tookPlace(Meeting m, LocalDateTime now) {
        return m.state() == MeetingState.HELD || (m.state() == MeetingState.PLANNED && !m.startsAt().isAfter(now));
    }

    static void refuseUnlessTakenPlace(Meeting m, LocalDateTime now) {
        if (tookPlace(m, now)) {
            return;
        }
        if (m.state() == MeetingState.PLANNED || m.state() == MeetingState.AWAITING_APPROVAL) {
            throw new RuleViolationException("会议尚未召开（" + WHEN.format(m.startsAt()) + " 开始），召开后才能起草会议纪要");
        }
        throw new RuleViolationException("会议" + m.state().label() + "，不能起草会议纪要");
    }
}
