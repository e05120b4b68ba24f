package org.jianfu.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.jianfu.monitoring.ResultsReports;
import org.jianfu.monitoring.internal.reports.ResultsPdf;
import org.jianfu.monitoring.internal.reports.TableExports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The results report of a division and year, the same figures the dashboard shows. */
@Service
class FileReports implements ResultsReports {

    private final BurdenFigures figures;
    private final String fontPath;

    FileReports(BurdenFigures figures, @Value("${jianfu.report.cjk-font:}") String fontPath) {
        this.figures = figures;
        // by default the font Jianfu ships, so reports print on a machine without Chinese fonts
        this.fontPath = fontPath.isBlank() ? org.jianfu.platform.fonts.ShippedFonts.cjkCollectionFile().toString() : fontPath;
    }

    @Override
    public void write(String divisionCode, int year, Format format, OutputStream out) throws IOException {
        write(figures.unscoped(divisionCode, year), format, out);
    }

    void write(AreaFigures f, Format format, OutputStream out) throws IOException {
        if (format == Format.PDF) {
            ResultsPdf.write(f, fontPath, out);
        } else {
            TableExports.xlsx(f.tables(), TableExports.heading(f), out);
        }
    }
}
