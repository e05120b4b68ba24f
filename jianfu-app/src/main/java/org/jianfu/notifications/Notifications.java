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
    default boolean remind(long accountId, String itemKey, String text, String href) {
        return remind(accountId, itemKey, text, href, false);
    }

    /**
     * @param urgent goes out at once by the person's e-mail and webhook too (催办, a deadline tomorrow, 退回, 特急);
     *               otherwise outside channels get it in the one daily message (the 减负 rules forbid nagging)
     */
    boolean remind(long accountId, String itemKey, String text, String href, boolean urgent);

    /** Reminds every account of a unit with the given role (all roles when {@code role} is null). */
    int remindUnit(long unitId, Role role, String itemKey, String text, String href);
}
