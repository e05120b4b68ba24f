package org.jianfu.vehicles.internal;

import org.jianfu.notifications.Notifications;
import org.jianfu.platform.Role;
import org.springframework.stereotype.Component;

/** Who hears about a car request when: the leader when it arrives, the clerk once approved, the requester after. */
@Component
class CarReminders {

    private final Notifications notifications;

    CarReminders(Notifications notifications) {
        this.notifications = notifications;
    }

    void toLeaders(CarRequest r) {
        notifications.remindUnit(r.unitId(), Role.LEADER, key(r), "用车申请待审批：" + r.purpose() + "（" + r.requesterName() + "）", href(r));
    }

    void toClerks(CarRequest r) {
        notifications.remindUnit(r.unitId(), Role.CLERK, key(r), "用车申请已批准，请派车：" + r.purpose(), href(r));
    }

    void toRequester(CarRequest r, String text) {
        notifications.remind(r.requesterId(), key(r), text, href(r));
    }

    private static String key(CarRequest r) {
        return "car-request:" + r.id();
    }

    private static String href(CarRequest r) {
        return "/vehicles/requests/" + r.id();
    }
}
