/**
 * 消息: in-app reminders with an unread count in the top bar. Other modules call
 * {@link org.jianfu.notifications.Notifications}; at most one reminder per item and account a day
 * (enforced by the database), delivered at once or in one daily batch as the account prefers.
 * Nothing here tracks people: no read rates, no online time, no rankings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息 notifications")
package org.jianfu.notifications;
