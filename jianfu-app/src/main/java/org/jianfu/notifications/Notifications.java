package org.jianfu.notifications;

import org.jianfu.platform.Role;

/**
 * Reminding people of work that waits for them. Calls are idempotent per day: reminding an account
 * twice of the same {@code itemKey} on one day stores one reminder. Join the caller's transaction.
 */
public interface Notifications {

    /**
     * @param itemKey what the reminder is about, stable across calls, e.g. {@code car-request:42}
     * @param href    where tapping the reminder goes (a page of the caller's module), or null
     * @return whether a new reminder was stored (false: already reminded today)
     */
    boolean remind(long accountId, String itemKey, String text, String href);

    /** Reminds every account of a unit with the given role (all roles when {@code role} is null). */
    int remindUnit(long unitId, Role role, String itemKey, String text, String href);
}
