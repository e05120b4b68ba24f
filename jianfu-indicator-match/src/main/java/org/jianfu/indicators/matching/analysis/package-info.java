/**
 * Takes a field name apart into head words, contrast qualifiers, dimension and unit, using the
 * word lists shipped as resources (synonyms.tsv, qualifiers.tsv, units.tsv).
 */
package org.jianfu.indicators.matching.analysis;
