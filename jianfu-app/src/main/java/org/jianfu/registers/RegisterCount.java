package org.jianfu.registers;

/** Approved entries of one kind owned in a subtree: this year against the base year. */
public record RegisterCount(RegisterKind kind, int year, int count, int baseYear, int baseCount) {

    public boolean above() {
        return count > baseCount;
    }
}
