package org.jianfu.indicators.internal.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jianfu.indicators.matching.Indicator;
import org.jianfu.organization.DivisionLevel;

/** A 填报任务 as stored; {@code formMonth} is the month whose one merged form carries it. */
public record DataRequest(long id, long requesterUnitId, String requesterPath, String requesterName, String title,
                          String purpose, String targetDivisionCode, String targetPath, DivisionLevel targetLevel,
                          Indicator.Period period, YearMonth formMonth, LocalDate deadline, RequestStatus status,
                          String gateReason, String explanation, String returnNote, Instant remindedAt, Instant sentAt,
                          Long draftedBy) {

    public boolean draft() {
        return status == RequestStatus.DRAFT;
    }
}
