package org.jianfu.indicators.internal.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jianfu.audit.AuditLog;
import org.jianfu.indicators.internal.requests.DataRequest;
import org.jianfu.indicators.internal.requests.RequestAccess;
import org.jianfu.platform.Actor;
import org.jianfu.platform.web.DownloadNames;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Excel in and out: the merged form to fill offline and upload, and a request's results for the department. */
@Controller
@PreAuthorize("isAuthenticated()")
class SheetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String VIEW_ERRORS = "indicators/sheet-errors";

    private final Forms forms;
    private final FormSubmission submission;
    private final RequestAccess access;
    private final ResultSheets results;

    private final AuditLog audit;

    SheetController(Forms forms, FormSubmission submission, RequestAccess access, ResultSheets results, AuditLog audit) {
        this.audit = audit;
        this.forms = forms;
        this.submission = submission;
        this.access = access;
        this.results = results;
    }

    @GetMapping("/indicators/forms/{period}/sheet.xlsx")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    ResponseEntity<byte[]> download(@PathVariable String period, Actor actor) {
        MergedForm form = forms.form(actor, period);
        return file(FormSheets.write(form), "一表通-" + period + ".xlsx");
    }

    @PostMapping("/indicators/forms/{period}/sheet")
    @PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
    String upload(@PathVariable String period, @RequestParam("file") MultipartFile file, Actor actor, Model model,
                  RedirectAttributes flash, HttpServletResponse response) throws IOException {
        MergedForm form = forms.form(actor, period);
        FormSheets.Upload upload = file.getSize() > FormSheets.MAX_BYTES
                ? new FormSheets.Upload(-1, java.util.Map.of(), java.util.List.of(
                        new SheetError(0, "", "文件大于 2 MB，请只上传下载的填报表")))
                : FormSheets.read(file.getBytes(), form);
        if (!upload.errors().isEmpty()) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("errors", upload.errors());
            return VIEW_ERRORS;
        }
        FormSubmission.Outcome outcome = submission.submit(actor, form, upload.version(), upload.values(), "EXCEL");
        flash.addFlashAttribute("notice", outcome.replayed() ? "该文件已提交过，无需重复提交" : "Excel 已校验通过并提交");
        return "redirect:/indicators/forms/" + period;
    }

    @GetMapping("/indicators/requests/{requestId}/results.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER')")
    ResponseEntity<byte[]> results(@PathVariable long requestId, Actor actor) {
        DataRequest request = access.readable(actor, requestId);
        audit.record(actor, "导出填报结果", "data-request:" + request.id(), "");
        return file(results.write(request), "填报结果-" + request.id() + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.header(false, name))
                .header(HttpHeaders.CONTENT_TYPE, XLSX).body(bytes);
    }
}
