package org.jianfu.monitoring;

import java.io.IOException;
import java.io.OutputStream;

/** The 减负成效报告 of one division and year, for the command line (no signed-in user: whole province). */
public interface ResultsReports {

    enum Format { XLSX, PDF }

    void write(String divisionCode, int year, Format format, OutputStream out) throws IOException;
}
