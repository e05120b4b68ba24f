package org.jianfu.monitoring.internal;

/** How much of one kind: how many records, and their summed measure (characters, hours, fields). */
record Amount(long count, double measure) {

    static final Amount ZERO = new Amount(0, 0);

    Amount plus(Amount other) {
        return new Amount(count + other.count, measure + other.measure);
    }
}
