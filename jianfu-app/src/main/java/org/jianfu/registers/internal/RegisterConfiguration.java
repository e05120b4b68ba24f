package org.jianfu.registers.internal;

import java.util.EnumSet;
import org.jianfu.platform.Actor;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.Role;
import org.jianfu.todo.TodoItem;
import org.jianfu.todo.TodoSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 台账 menu entry and the 待办 of register entries waiting for the 减负办. */
@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

    @Bean
    MenuEntry registersMenuEntry() {
        return new MenuEntry(60, "台账", "/registers", "账", EnumSet.of(Role.ADMIN, Role.MONITOR, Role.CLERK, Role.LEADER));
    }

    @Bean
    TodoSource registerTodos(RegisterBook book) {
        return (Actor actor) -> book.pendingFor(actor).stream().map(e -> new TodoItem("待审批",
                e.kind().label() + "：" + e.title(), e.ownerName(), "/registers/entries/" + e.id(), null, false)).toList();
    }
}
