package org.jianfu.indicators.matching.analysis;

/**
 * A unit such as 亩 or 万元. Units of one dimension convert by their factors, so 亩 and 公顷
 * describe the same indicator: the product stores one value and converts it.
 */
public record UnitOfMeasure(String name, Dimension dimension, double factor) {

    public boolean convertsTo(UnitOfMeasure other) {
        return dimension == other.dimension;
    }
}
