package org.jianfu.documents.internal.incoming;

/** Work on a received document that waits on one person. */
public enum TaskKind {
    /** A leader instructs (批办) what the office proposed. */
    INSTRUCT("批办"),
    /** A leader reads it and writes 阅示; in order by position when circulated one after another. */
    CIRCULATE("传阅"),
    /** A named person does the work by the deadline and closes it with the result. */
    UNDERTAKE("承办");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
