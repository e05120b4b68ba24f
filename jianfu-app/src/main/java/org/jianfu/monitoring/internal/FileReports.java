package org.jianfu.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.jianfu.monitoring.ResultsReports;
import org.jianfu.monitoring.internal.reports.ResultsPdf;
import org.jianfu.monitoring.internal.reports.TableExports;
import org.jianfu.platform.fonts.ShippedFonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The results report of a division and year, the same figures the dashboard shows. */
@Service
class FileReports implements ResultsReports {

    private final BurdenFigures figures;
    private final String fontPath;

    /** The CJK font shipped with Jianfu (platform.fonts), unless {@code jianfu.report.cjk-font} names another .ttc. */
    FileReports(BurdenFigures figures, @Value("${jianfu.report.cjk-font:}") String fontPath) {
        this.figures = figures;
        this.fontPath = fontPath;
    }

    @Override
    public void write(String divisionCode, int year, Format format, OutputStream out) throws IOException {
        write(figures.unscoped(divisionCode, year), format, out);
    }

    void write(AreaFigures f, Format format, OutputStream out) throws IOException {
        if (format == Format.PDF) {
            ResultsPdf.write(f, fontPath.isBlank() ? ShippedFonts.cjkCollectionFile().toString() : fontPath, out);
        } else {
            TableExports.xlsx(f.tables(), TableExports.heading(f), out);
        }
    }
}
