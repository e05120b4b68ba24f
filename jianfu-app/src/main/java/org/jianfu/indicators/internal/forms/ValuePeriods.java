package org.jianfu.indicators.internal.forms;

import java.time.YearMonth;
import org.jianfu.indicators.matching.Indicator;

/** The period one value stands for: a month, a quarter, a year, or once for good. */
final class ValuePeriods {

    private ValuePeriods() {
    }

    static String of(Indicator.Period period, YearMonth month) {
        return switch (period) {
            case MONTHLY -> month.toString();
            case QUARTERLY -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> String.valueOf(month.getYear());
            case ONCE -> "ONCE";
        };
    }

    /** Slow-moving data: an earlier period's value is offered for confirmation. */
    static boolean slowMoving(Indicator.Period period) {
        return period == Indicator.Period.YEARLY || period == Indicator.Period.ONCE;
    }
}
