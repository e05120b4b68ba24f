package org.jianfu.todo;

import java.time.Instant;

/**
 * One thing waiting for a user: what, from whom, how urgent, and where one tap takes them.
 *
 * @param kind        short Chinese label of the kind of work (待签收, 待审批 ...)
 * @param urgent      urgent items come first (紧急 documents, overdue items)
 * @param actionLabel optional one-tap action shown on the row (签收, 批准 ...), or null
 * @param actionUrl   where that action POSTs (with htmx); the handler answers an htmx request with the
 *                    row that replaces the item, e.g. the fragment {@code todo/done :: row} with a
 *                    {@code message} (and optional {@code href}) in the model
 */
public record TodoItem(String kind, String title, String facts, String href, Instant since, boolean urgent,
                       String actionLabel, String actionUrl) {

    /** An item without a one-tap action: the user taps through to the page and acts there. */
    public TodoItem(String kind, String title, String facts, String href, Instant since, boolean urgent) {
        this(kind, title, facts, href, since, urgent, null, null);
    }

    public boolean hasAction() {
        return actionLabel != null && actionUrl != null;
    }
}
