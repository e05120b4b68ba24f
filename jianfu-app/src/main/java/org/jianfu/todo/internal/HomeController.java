package org.jianfu.todo.internal;

import org.jianfu.platform.Actor;
import org.jianfu.todo.TodoList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

    private final TodoList todos;

    HomeController(TodoList todos) {
        this.todos = todos;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("todos", todos.itemsFor(actor));
        return "todo/home";
    }
}
