package org.jianfu.documents.spi;

/** PASS lets the document go; WARN is shown but does not stop it; BLOCK stops it unless an explanation is approved. */
public enum CheckVerdict {
    PASS,
    WARN,
    BLOCK
}
