package org.jianfu.documents.internal.incoming;

/** Everything recorded in a received document's handling, the 收文处理笺's lines. */
public enum IncomingAction {
    REGISTER("登记"),
    PROPOSE("拟办"),
    INSTRUCT("批办"),
    READ_INSTRUCT("阅示"),
    TRANSFER("转办"),
    FINISH("承办办结"),
    CLOSE("办结"),
    REMIND("催办");

    private final String label;

    IncomingAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
