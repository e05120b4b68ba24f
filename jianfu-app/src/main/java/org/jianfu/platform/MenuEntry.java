package org.jianfu.platform;

import java.util.Set;

/**
 * One entry of the module menu, contributed as a bean by the module that owns the page.
 * The home page shows the entries whose roles include the user's.
 */
public record MenuEntry(int order, String label, String href, String icon, Set<Role> roles) {

    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }
}
