package org.jianfu.documents.spi;

/** When the gate runs: on demand while drafting, at 签发, and at 印发 (inside the issuing transaction). */
public enum CheckMoment {
    DRAFTING,
    SIGNING,
    ISSUING
}
