/**
 * 审计日志: an append-only, hash-chained record of security-relevant actions (logins, lockouts,
 * approvals, issuing). Any module may record through {@link org.jianfu.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计日志 audit")
package org.jianfu.audit;
