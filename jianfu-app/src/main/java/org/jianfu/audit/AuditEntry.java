package org.jianfu.audit;

/**
 * One entry of the audit log as the 审计 page and API show it.
 *
 * @param time    when, in the configured zone ({@code yyyy-MM-dd HH:mm:ss})
 * @param subject what was acted on, as {@code kind:id} (e.g. {@code document:12})
 * @param origin  the client's address, or 命令行或后台任务
 */
public record AuditEntry(long seq, String time, String username, String action, String subject, String details,
                         String origin) {
}
