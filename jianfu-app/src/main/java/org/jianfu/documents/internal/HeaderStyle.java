package org.jianfu.documents.internal;

/** 红头, 白头, 便笺: all count as documents (re-labelling is named as evasion in the 2024 rules). */
public enum HeaderStyle {
    RED("红头文件"),
    PLAIN("白头文件"),
    MEMO("便笺");

    private final String label;

    HeaderStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
