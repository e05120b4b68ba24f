package org.jianfu.indicators.internal.requests;

import java.math.BigDecimal;
import org.jianfu.indicators.internal.registry.FieldLabel;
import org.jianfu.indicators.matching.Indicator;

/**
 * One field of a data request. {@code matchKey} names the datum (fields with one key are answered
 * once); {@code reused} fields are read from shared data and never asked of the grassroots.
 */
public record RequestField(long id, long requestId, int position, String name, String unitOfMeasure,
                           Indicator.Period period, Indicator.DataType dataType, boolean required, BigDecimal min,
                           BigDecimal max, Long indicatorId, String matchKey, boolean reused) {

    public String label() {
        return FieldLabel.of(name, unitOfMeasure);
    }

    public String typeLabel() {
        return FieldLabel.typeLabel(dataType);
    }
}
