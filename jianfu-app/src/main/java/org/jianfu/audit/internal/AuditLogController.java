package org.jianfu.audit.internal;

import java.time.LocalDate;
import java.util.List;
import org.jianfu.audit.AuditEntry;
import org.jianfu.audit.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: read and filter the log, and verify its chain on demand. Read-only. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditLogController {

    private final AuditEntries entries;
    private final AuditLog log;

    AuditLogController(AuditEntries entries, AuditLog log) {
        this.entries = entries;
        this.log = log;
    }

    @GetMapping("/audit-log")
    String page(@RequestParam(required = false) String action, @RequestParam(required = false) String username,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long before, Model model) {
        var filter = new AuditEntries.Filter(action, username, from, to, before);
        List<AuditEntry> found = entries.find(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", found);
        model.addAttribute("older", found.size() == AuditEntries.PAGE ? found.getLast().seq() : null);
        return "audit/log";
    }

    /** The chain check as an htmx fragment: recomputes every link and compares the checkpoints. */
    @GetMapping("/audit-log/verification")
    String verification(Model model) {
        model.addAttribute("breaks", log.verify());
        return "audit/log :: verification";
    }
}
