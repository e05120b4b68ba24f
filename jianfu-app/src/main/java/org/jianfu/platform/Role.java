package org.jianfu.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of Jianfu; {@link #label} is what the UI shows. The administrator's powers are split as 等保 and
 * 分级保护 expect (三员分立): 系统管理员 ({@link #ADMIN}: organisation, configuration, the work's data),
 * 安全管理员 ({@link #SECURITY}: login waits and the password policy) and 安全审计员 ({@link #AUDITOR}: reads the
 * audit log). The two security roles do none of the work ({@link #WORK}) and none does another's.
 */
public enum Role {
    ADMIN("系统管理员"),
    MONITOR("减负办"),
    CLERK("单位文书"),
    LEADER("单位领导"),
    CADRE("基层干部"),
    SECURITY("安全管理员"),
    AUDITOR("安全审计员");

    /** The roles that do the work of 减负 (documents, meetings, forms ...). */
    public static final Set<Role> WORK = Collections.unmodifiableSet(EnumSet.of(ADMIN, MONITOR, CLERK, LEADER, CADRE));

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
