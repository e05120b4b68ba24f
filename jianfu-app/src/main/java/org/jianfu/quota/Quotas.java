package org.jianfu.quota;

/** What other modules (monitoring) may ask of the issuance quotas. */
public interface Quotas {

    /** A unit's standing for a year: its limit (if a rule applies) and how many documents it used. */
    IssuanceQuota standing(long unitId, int year);
}
