package org.jianfu.documents.internal;

/** Where a document is in the issuing flow: 起草 → 核稿 → (会签) → 签发 → 印发; 收回 after issue withdraws it. */
public enum DocumentState {
    DRAFT("起草中"),
    REVIEW("核稿中"),
    COUNTERSIGN("会签中"),
    SIGNING("待签发"),
    SIGNED("待印发"),
    ISSUED("已印发"),
    WITHDRAWN("已收回");

    private final String label;

    DocumentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
