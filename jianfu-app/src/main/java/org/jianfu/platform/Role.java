package org.jianfu.platform;

/** The five roles of Jianfu; {@link #label} is what the UI shows. */
public enum Role {
    ADMIN("系统管理员"),
    MONITOR("减负办"),
    CLERK("单位文书"),
    LEADER("单位领导"),
    CADRE("基层干部");

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
