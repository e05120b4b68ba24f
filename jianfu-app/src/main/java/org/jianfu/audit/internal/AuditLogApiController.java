package org.jianfu.audit.internal;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.audit.AuditEntry;
import org.jianfu.audit.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for tools: newest first, 100 at a time ({@code before} = the last seq seen). Read-only. */
@RestController
@RequestMapping("/api/v1/audit-log")
@PreAuthorize("hasRole('AUDITOR')")
class AuditLogApiController {

    record Verification(boolean intact, List<AuditLog.AuditBreak> breaks) {
    }

    private final AuditEntries entries;
    private final AuditLog log;

    AuditLogApiController(AuditEntries entries, AuditLog log) {
        this.entries = entries;
        this.log = log;
    }

    @GetMapping
    List<AuditEntry> entries(@RequestParam(required = false) String action, @RequestParam(required = false) String username,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) Long before) {
        return entries.find(new AuditEntries.Filter(action, username, from, to, before));
    }

    @GetMapping("/verification")
    Verification verification() {
        var breaks = log.verify();
        return new Verification(breaks.isEmpty(), breaks);
    }
}
