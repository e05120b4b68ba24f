package org.jianfu.organization;

/** What sort of organ a unit is; it decides, among others, whom it may send directives to. */
public enum UnitKind {
    PARTY_COMMITTEE("党委"),
    PARTY_OFFICE("党委办公厅（室）"),
    GOVERNMENT("政府"),
    GOVERNMENT_OFFICE("政府办公厅（室）"),
    DEPARTMENT("部门"),
    BURDEN_OFFICE("减负办"),
    COORDINATION_BODY("议事协调机构"),
    VILLAGE_COMMITTEE("村（居）委会");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 党委 and 政府 of a division, the addressees the 2024 rules protect from departmental directives. */
    public boolean isLeadingOrgan() {
        return this == PARTY_COMMITTEE || this == GOVERNMENT;
    }
}
