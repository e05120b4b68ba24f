package org.jianfu.indicators.matching.analysis;

/** A synonym or abbreviation rewritten to its canonical form, kept to explain a match. */
public record SynonymUse(String surface, String canonical) {
}
