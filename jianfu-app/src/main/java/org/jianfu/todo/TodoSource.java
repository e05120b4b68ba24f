package org.jianfu.todo;

import java.util.List;
import org.jianfu.platform.Actor;

/** A module's contribution to the 待办 list. Must be quick: it runs on every home page view. */
public interface TodoSource {

    List<TodoItem> itemsFor(Actor actor);
}
