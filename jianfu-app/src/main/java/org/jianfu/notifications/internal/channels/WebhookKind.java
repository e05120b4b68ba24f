package org.jianfu.notifications.internal.channels;

/** The two group-robot formats offices use. */
public enum WebhookKind {
    WECOM("企业微信/政务微信"),
    DINGTALK("钉钉");

    private final String label;

    WebhookKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
