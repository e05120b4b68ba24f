package org.jianfu.feedback.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jianfu.platform.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 基层减负观察点 over REST: submit and follow up anonymously; triage and answer in scope. */
@RestController
@RequestMapping("/api/v1/feedback")
@PreAuthorize("isAuthenticated()")
class FeedbackApiController {

    private final FeedbackIntake intake;
    private final FeedbackDesk desk;

    FeedbackApiController(FeedbackIntake intake, FeedbackDesk desk) {
        this.intake = intake;
        this.desk = desk;
    }

    record Receipt(String publicCode, String secret, String notice) {
    }

    record Credentials(String publicCode, String secret) {
    }

    record Text(String text) {
    }

    @PostMapping("/reports")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    ResponseEntity<Receipt> submit(@Valid @RequestBody FeedbackSubmission submission, Actor actor) {
        OneTimeSecret secret = intake.submit(actor, submission, null);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new Receipt(secret.publicCode(), secret.secret(), "查询码和密钥只显示这一次，请妥善保存；系统不保存您的身份。"));
    }

    @PostMapping("/follow-up")
    ResponseEntity<ReportView> followUp(@RequestBody Credentials credentials) {
        Report report = intake.followUp(credentials.publicCode(), credentials.secret());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(ReportView.of(report, intake.entries(report), false));
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
    List<ReportView> list(@RequestParam(required = false) ReportStatus status, Actor actor) {
        return desk.list(actor, status).stream().map(r -> ReportView.of(r, List.of(), desk.mayTriage(actor, r))).toList();
    }

    @GetMapping("/reports/{reportId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
    ReportView report(@PathVariable UUID reportId, Actor actor) {
        Report report = desk.report(actor, reportId);
        return ReportView.of(report, desk.entries(actor, reportId), desk.mayTriage(actor, report));
    }

    @PostMapping("/reports/{reportId}/ask")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    ReportView ask(@PathVariable UUID reportId, @RequestBody Text text, Actor actor) {
        desk.ask(actor, reportId, text.text());
        return report(reportId, actor);
    }

    @PostMapping("/reports/{reportId}/respond")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    ReportView respond(@PathVariable UUID reportId, @RequestBody Text text, Actor actor) {
        desk.respond(actor, reportId, text.text());
        return report(reportId, actor);
    }

    @PostMapping("/reports/{reportId}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    ReportView close(@PathVariable UUID reportId, @RequestBody Text text, Actor actor) {
        desk.close(actor, reportId, text.text());
        return report(reportId, actor);
    }
}
