package org.jianfu.identity.internal;

/** A typed-in username as the audit log keeps it: at most 64 characters (a 5,000-character one was stored whole). */
final class AuditNames {

    static final int MAX = 64;

    private AuditNames() {
    }

    static String shortened(String username) {
        if (username == null || username.codePointCount(0, username.length()) <= MAX) {
            return username;
        }
        return username.substring(0, username.offsetByCodePoints(0, MAX)) + "…";
    }
}
