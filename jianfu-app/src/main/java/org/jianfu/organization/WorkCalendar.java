package org.jianfu.organization;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.platform.Actor;

/**
 * 工作日历: which days are worked. Monday to Friday are, Saturday and Sunday are not, except for the days the
 * administrator keeps (statutory holidays, 调休 working weekends). The one home of "N working days later".
 */
public interface WorkCalendar {

    /** A day that differs from the week's rule, with its name (春节, 国庆节调休上班 …). */
    record KeptDay(LocalDate day, boolean working, String name) {
    }

    boolean isWorkingDay(LocalDate day);

    /** The working day that is {@code days} working days after {@code from} (from itself does not count). */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** The kept days of a year, in order. */
    List<KeptDay> keptDays(int year);

    /** Sets one day as a holiday or a worked weekend (administrator only); replaces what the day had. */
    void keep(Actor actor, LocalDate day, boolean working, String name);

    /** Removes a kept day: it follows the week's rule again (administrator only). */
    void forget(Actor actor, LocalDate day);
}
