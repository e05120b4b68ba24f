package org.jianfu.meetings.internal.minutes;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** meetings.minutes_document: which 公文 is a meeting's 纪要. Unscoped. */
@Repository
class MinutesLinks {

    private final JdbcClient jdbc;

    MinutesLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the meeting row so two taps on 起草会议纪要 create one document, also across servers. */
    void lockMeeting(long meetingId) {
        jdbc.sql("select id from meetings.meeting where id = ? for update").param(meetingId).query(Long.class).single();
    }

    Optional<Long> documentOf(long meetingId) {
        return jdbc.sql("select document_id from meetings.minutes_document where meeting_id = ?").param(meetingId)
                .query(Long.class).optional();
    }

    void link(long meetingId, long documentId, long accountId) {
        jdbc.sql("insert into meetings.minutes_document (meeting_id, document_id, drafted_by) values (?, ?, ?)")
                .params(meetingId, documentId, accountId).update();
    }
}
