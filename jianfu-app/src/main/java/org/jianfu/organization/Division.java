package org.jianfu.organization;

/** One division (行政区划); {@code path} is the dotted code path used for subtree scope. */
public record Division(String code, String name, DivisionLevel level, String parentCode,
                       String path, boolean generated) {
}
