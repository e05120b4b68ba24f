package org.jianfu.organization;

/** The five levels of the division tree, top down. */
public enum DivisionLevel {
    PROVINCE("省"),
    PREFECTURE("市州"),
    COUNTY("县区"),
    TOWNSHIP("乡镇街道"),
    VILLAGE("村社区");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Townships and villages are the grassroots (基层). */
    public boolean isGrassroots() {
        return this == TOWNSHIP || this == VILLAGE;
    }
}
