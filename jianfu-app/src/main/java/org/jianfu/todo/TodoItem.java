package org.jianfu.todo;

import java.time.Instant;

/**
 * One thing waiting for a user: what, from whom, how urgent, and where one tap takes them.
 *
 * @param kind   short Chinese label of the kind of work (待签收, 待审批 ...)
 * @param urgent urgent items come first (紧急 documents, overdue items)
 */
public record TodoItem(String kind, String title, String facts, String href, Instant since, boolean urgent) {
}
