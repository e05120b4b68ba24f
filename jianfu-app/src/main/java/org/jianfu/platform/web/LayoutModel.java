package org.jianfu.platform.web;

import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.ActorHolder;
import org.jianfu.platform.MenuEntry;
import org.jianfu.platform.time.Years;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and their menu into every page's model for the layout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<MenuEntry> menu;
    private final Years years;

    LayoutModel(List<MenuEntry> menu, Years years) {
        this.menu = menu;
        this.years = years;
    }

    /** The years of the year switch ({@code fragments/years}) on every yearly page. */
    @ModelAttribute("switchYears")
    List<Integer> switchYears() {
        return years.switchable();
    }

    @ModelAttribute("me")
    Actor me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ActorHolder holder ? holder.actor() : null;
    }

    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        Actor actor = me();
        if (actor == null) {
            return List.of();
        }
        return menu.stream().filter(m -> m.visibleTo(actor.role()))
                .sorted(java.util.Comparator.comparingInt(MenuEntry::order)).toList();
    }
}
