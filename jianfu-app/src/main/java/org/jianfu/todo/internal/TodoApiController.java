package org.jianfu.todo.internal;

import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("isAuthenticated()")
class TodoApiController {

    private final TodoList todos;

    TodoApiController(TodoList todos) {
        this.todos = todos;
    }

    /** The signed-in user's 待办, as on the home screen. */
    @GetMapping("/api/v1/todos")
    List<TodoItem> todos(Actor actor) {
        return todos.itemsFor(actor);
    }
}
