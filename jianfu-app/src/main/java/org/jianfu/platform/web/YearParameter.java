package org.jianfu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jianfu.platform.BadRequestException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every page and API that takes a {@code year} (dashboard, quotas, plans, registers, car usage …) gets the same
 * range check in one place, before the handler: {@code year=-2147483648} overflowed date arithmetic into a 500.
 * A year outside the range is a Chinese 400 (error page or problem detail), never a query.
 */
class YearParameter implements HandlerInterceptor {

    /** Wide enough for every year the data and plans can name (tests book cars a century ahead), narrow enough for dates. */
    static final int FIRST = 2000;
    static final int LAST = 2999;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String year = request.getParameter("year");
        if (year != null && !year.isBlank() && !inRange(year.strip())) {
            throw new BadRequestException("年份应为 " + FIRST + " 到 " + LAST + " 之间的整数");
        }
        return true;
    }

    private static boolean inRange(String year) {
        if (!year.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(year);
        return y >= FIRST && y <= LAST;
    }
}
