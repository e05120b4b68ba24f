package org.jianfu.todo;

import java.util.Comparator;
import java.util.List;
import org.jianfu.platform.Actor;
import org.springframework.stereotype.Service;

/** The merged 待办 list: urgent first, then newest first. */
@Service
public class TodoList {

    private static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::urgent).reversed()
            .thenComparing(TodoItem::since, Comparator.nullsLast(Comparator.reverseOrder()));

    private final List<TodoSource> sources;

    TodoList(List<TodoSource> sources) {
        this.sources = sources;
    }

    public List<TodoItem> itemsFor(Actor actor) {
        return sources.stream().flatMap(s -> s.itemsFor(actor).stream()).sorted(ORDER).toList();
    }
}
