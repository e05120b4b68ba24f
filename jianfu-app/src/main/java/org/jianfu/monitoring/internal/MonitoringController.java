package org.jianfu.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jianfu.monitoring.ResultsReports;
import org.jianfu.monitoring.internal.reports.TableExports;
import org.jianfu.platform.Actor;
import org.jianfu.platform.web.DownloadNames;
import org.jianfu.platform.time.Years;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard: province → prefecture → county → township, one tap per level, with exports. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class MonitoringController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BurdenFigures figures;
    private final FileReports reports;

    private final Years years;

    MonitoringController(BurdenFigures figures, FileReports reports, Years years) {
        this.years = years;
        this.figures = figures;
        this.reports = reports;
    }

    @GetMapping("/monitoring")
    String home(Actor actor) {
        String root = actor.browseRoot();
        return "redirect:/monitoring/areas/" + root.substring(root.lastIndexOf('.') + 1);
    }

    @GetMapping("/monitoring/areas/{code}")
    String area(@PathVariable String code, @RequestParam(name = "year", required = false) Integer requestedYear, Actor actor, Model model) {
        int year = years.shown(requestedYear);
        model.addAttribute("f", figures.of(actor, code, year));
        return "monitoring/area";
    }

    @GetMapping("/monitoring/areas/{code}/tables/{table}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String table,
                               @RequestParam(name = "year", required = false) Integer requestedYear, Actor actor) {
        int year = years.shown(requestedYear);
        AreaFigures f = figures.of(actor, code, year);
        return download(TableExports.csv(f.table(table)), "text/csv;charset=UTF-8", name(f, table) + ".csv");
    }

    @GetMapping("/monitoring/areas/{code}/tables/{table}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable String table,
                                @RequestParam(name = "year", required = false) Integer requestedYear, Actor actor) throws IOException {
        int year = years.shown(requestedYear);
        AreaFigures f = figures.of(actor, code, year);
        return download(TableExports.xlsx(java.util.List.of(f.table(table)), TableExports.heading(f)), XLSX,
                name(f, table) + ".xlsx");
    }

    @GetMapping("/monitoring/areas/{code}/report/{format}")
    ResponseEntity<byte[]> report(@PathVariable String code, @PathVariable String format,
                                  @RequestParam(name = "year", required = false) Integer requestedYear, Actor actor) throws IOException {
        int year = years.shown(requestedYear);
        AreaFigures f = figures.of(actor, code, year);
        boolean pdf = format.equals("pdf");
        if (!pdf && !format.equals("xlsx")) {
            throw new IllegalArgumentException("报告格式只能是 pdf 或 xlsx");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(f, pdf ? ResultsReports.Format.PDF : ResultsReports.Format.XLSX, out);
        return download(out.toByteArray(), pdf ? "application/pdf" : XLSX,
                f.division().name() + "减负成效报告" + year + (pdf ? ".pdf" : ".xlsx"));
    }

    private static String name(AreaFigures f, String table) {
        return f.division().name() + "-" + table + "-" + f.year();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        return ResponseEntity.ok().header("Content-Type", type)
                .header("Content-Disposition", DownloadNames.header(false, filename))
                .body(body);
    }
}
