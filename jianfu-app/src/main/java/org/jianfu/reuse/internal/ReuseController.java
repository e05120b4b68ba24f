package org.jianfu.reuse.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jianfu.audit.AuditLog;
import org.jianfu.documents.DocumentText;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.jianfu.platform.time.Years;
import org.jianfu.platform.web.DownloadNames;
import org.jianfu.reuse.ReuseAudit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 查重 result of one document side by side with its sources, and the yearly audit list. */
@Controller
class ReuseController {

    private static final int SHOWN = 200;

    private final CheckedDocuments access;
    private final CheckResults results;
    private final CopyJudgement judgement;
    private final SourceTexts sources;
    private final AuditJobs jobs;
    private final ReuseAudit audit;
    private final OrganizationScope scope;
    private final Organization organization;

    private final Years years;

    private final VisibleSources visible;

    private final AuditLog auditLog;

    ReuseController(CheckedDocuments access, CheckResults results, CopyJudgement judgement, SourceTexts sources,
                    AuditJobs jobs, ReuseAudit audit, OrganizationScope scope, Organization organization, Years years,
                    VisibleSources visible, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.visible = visible;
        this.years = years;
        this.access = access;
        this.results = results;
        this.judgement = judgement;
        this.sources = sources;
        this.jobs = jobs;
        this.audit = audit;
        this.scope = scope;
        this.organization = organization;
    }

    @GetMapping("/reuse/documents/{documentId}")
    @PreAuthorize("isAuthenticated()")
    String document(@PathVariable long documentId, Actor actor, Model model) {
        DocumentText text = access.readable(actor, documentId);
        // the last stored check of this text; a text never checked is checked here but not stored (a GET never writes)
        var stored = results.current(documentId, text.body()).orElseGet(() -> CheckResults.unsaved(
                        judgement.judge(documentId, text.issuingUnitId(), text.year(), text.body(), key -> true), "DRAFTING"));
        model.addAttribute("document", text);
        model.addAttribute("result", stored);
        model.addAttribute("topSourceTitle", stored.topSource() == null ? null
                : visible.mayRead(actor, stored.topSource()) ? stored.topSourceTitle() : visible.hiddenLabel(stored.topSource()));
        model.addAttribute("parts", CopyJudgement.shares(stored.passages(), stored.length(),
                        key -> sources.resolve(key, text.issuingUnitId())).entrySet().stream()
                .map(e -> new SharePart(e.getKey().label, (int) Math.round(e.getValue() * 100))).toList());
        model.addAttribute("policy", judgement.policy());
        model.addAttribute("passages", SideBySide.all(stored.passages(), text.body(),
                key -> visible.source(actor, key, text.issuingUnitId()), visible::hiddenLabel));
        return "reuse/document";
    }

    @GetMapping("/reuse/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String audit(@RequestParam(name = "year", required = false) Integer requestedYear, @RequestParam(required = false) String division,
                 Actor actor, Model model) {
        int year = years.shown(requestedYear);
        Division root = division(actor, division);
        model.addAttribute("year", year);
        model.addAttribute("division", root);
        model.addAttribute("findings", results.ranked(year, root.path(), SHOWN).stream()
                .map(r -> new AuditRow(r, access.title(r.documentId()), organization.unit(r.issuingUnitId())
                        .map(u -> u.name()).orElse(""))).toList());
        model.addAttribute("status", jobs.status(year, root.code()));
        return "reuse/audit";
    }

    @PostMapping("/reuse/audit/run")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String run(@RequestParam int year, @RequestParam String division, Actor actor, Model model) {
        Division root = division(actor, division);
        return statusFragment(year, root, jobs.start(year, root.code()), model);
    }

    @GetMapping("/reuse/audit/status")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    String status(@RequestParam int year, @RequestParam String division, Actor actor, Model model) {
        Division root = division(actor, division);
        return statusFragment(year, root, jobs.status(year, root.code()), model);
    }

    private static String statusFragment(int year, Division root, AuditJobs.Status status, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("division", root);
        model.addAttribute("status", status);
        return "reuse/audit :: status";
    }

    @GetMapping("/reuse/audit.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    void export(@RequestParam int year, @RequestParam String division, Actor actor, HttpServletResponse response)
            throws IOException {
        Division root = division(actor, division);
        auditLog.record(actor, "导出照抄照搬审计表", "division:" + root.code(), year + "年");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", DownloadNames.header(false, root.name() + year + "年照抄照搬审计.xlsx"));
        audit.exportXlsx(year, root.code(), response.getOutputStream());
    }

    /** The division to audit: the one asked for if within scope, else the actor's own. */
    private Division division(Actor actor, String code) {
        String own = actor.browseRootCode();
        return scope.division(actor, code == null || code.isBlank() ? own : code);
    }

    /** The copied share from one kind of source (上级法规, 上级文件, 同级或其他单位文件, 本单位文件). */
    public record SharePart(String label, int percent) {
    }

    /** A row of the audit list; public with public methods because the page calls them (SpEL calls only public ones). */
    public record AuditRow(CheckResults.Stored result, String title, String unitName) {
        public int percent() {
            return (int) Math.round(result.copyRatio() * 100);
        }

        public String relationLabel() {
            return result.topRelation() == null ? "" : SourceTexts.Relation.valueOf(result.topRelation()).label;
        }
    }
}
