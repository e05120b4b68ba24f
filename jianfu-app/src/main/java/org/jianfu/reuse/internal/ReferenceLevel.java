package org.jianfu.reuse.internal;

import org.jianfu.organization.DivisionLevel;

/**
 * The issuing level of a source, top down (中央, 国务院部门, 省, 市, 县, 乡): what the gate compares with the
 * checked unit's own level to tell a higher-level source from a peer's. Public: the pages call {@link #label()}.
 */
public enum ReferenceLevel {
    CENTRAL("中央"), MINISTRY("国务院部门"), PROVINCE("省"), PREFECTURE("市"), COUNTY("县"), TOWNSHIP("乡");

    private final String label;

    ReferenceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of a unit of Jianfu's division tree (a village counts with its township). */
    static ReferenceLevel of(DivisionLevel level) {
        return switch (level) {
            case PROVINCE -> PROVINCE;
            case PREFECTURE -> PREFECTURE;
            case COUNTY -> COUNTY;
            case TOWNSHIP, VILLAGE -> TOWNSHIP;
        };
    }

    /** Is a source of this level above a unit of {@code unitLevel}? */
    boolean isAbove(DivisionLevel unitLevel) {
        return ordinal() < of(unitLevel).ordinal();
    }

    /**
     * The level an issuing organ's name says (a paper 收文 names its sender in words): 中共中央/国务院 and their
     * offices are 中央, other national organs (…部, …委员会, …总局 without a place) 国务院部门, then by the place
     * word; unknown names count as 省, the usual sender of what a county receives on paper.
     */
    static ReferenceLevel guess(String organ) {
        String name = organ == null ? "" : organ.strip();
        if (name.startsWith("中共中央") || name.startsWith("中央") || name.startsWith("国务院") || name.startsWith("全国人")) {
            return CENTRAL;
        }
        if (name.startsWith("国家") || name.startsWith("中华人民共和国") || name.startsWith("最高人民")) {
            return MINISTRY;
        }
        if (name.matches(".*(乡|镇|街道)(人民政府|党委|委员会|办事处|党工委).*")) {
            return TOWNSHIP;
        }
        if (name.matches(".*(县|区|旗)(委|人民政府|政府|人大|政协|纪委|办公室|局|委员会).*")) {
            return COUNTY;
        }
        if (name.matches(".*(市|州|盟|地区)(委|人民政府|政府|人大|政协|纪委|办公室|局|委员会).*") && !name.contains("省")) {
            return PREFECTURE;
        }
        if (name.contains("省") || name.contains("自治区")) {
            return PROVINCE;
        }
        if (name.matches("^[^省市县区州]*(部|委员会|总局|署|局)$")) {
            return MINISTRY;
        }
        return PROVINCE;
    }
}
