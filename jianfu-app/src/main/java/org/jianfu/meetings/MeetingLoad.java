package org.jianfu.meetings;

/**
 * Meetings one unit attends in one month (held or still planned; cancelled ones excluded).
 *
 * @param hours         planned hours of those meetings
 * @param onSite        how many of them require travel to a venue
 */
public record MeetingLoad(long unitId, String divisionCode, int meetings, double hours, int onSite) {
}
