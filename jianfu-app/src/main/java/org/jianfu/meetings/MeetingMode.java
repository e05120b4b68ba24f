package org.jianfu.meetings;

/** How a meeting is attended; video meetings use the province's existing video system. */
public enum MeetingMode {
    ON_SITE("现场"),
    VIDEO("视频"),
    HYBRID("现场+视频");

    private final String label;

    MeetingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Does anyone travel to the venue? */
    public boolean hasVenue() {
        return this != VIDEO;
    }
}
