package org.jianfu.documents.spi;

/**
 * When the gate runs: when a page shows it ({@link #VIEWING}: nothing is written, the 查重 step shows its
 * stored result for the current text), when a draft is saved or re-checked on demand, at 签发, and at 印发
 * (inside the issuing transaction).
 */
public enum CheckMoment {
    VIEWING,
    DRAFTING,
    SIGNING,
    ISSUING
}
