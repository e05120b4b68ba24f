package org.jianfu.identity;

import org.jianfu.platform.Role;

/** An account as other modules see it: no password, no lockout state. */
public record Account(long id, String username, String displayName, Role role, long unitId) {
}
