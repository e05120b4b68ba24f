package org.jianfu.monitoring.internal.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.monitoring.internal.AreaFigures;
import org.jianfu.monitoring.internal.FigureTable;

/** CSV and xlsx of the very figure tables the dashboard shows: numbers stay numbers. */
public final class TableExports {

    private TableExports() {
    }

    /** UTF-8 with a byte-order mark, so Excel opens the Chinese correctly. */
    public static byte[] csv(FigureTable table) {
        StringBuilder s = new StringBuilder("\uFEFF");
        s.append(line(table.columns().stream().map(Object.class::cast).toList()));
        table.rows().forEach(r -> s.append(line(r)));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<Object> cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : String.valueOf(cells.get(i));
            s.append(i > 0 ? "," : "").append(v.matches(".*[\",\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return s.append("\r\n").toString();
    }

    public static byte[] xlsx(List<FigureTable> tables, String heading) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(tables, heading, out);
        return out.toByteArray();
    }

    /** One sheet per table: the heading, the table's title, the header row, the rows, the note. */
    public static void xlsx(List<FigureTable> tables, String heading, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle integer = book.createCellStyle();
            integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            for (FigureTable t : tables) {
                XSSFSheet sheet = book.createSheet(sheetName(t));
                sheet.createRow(0).createCell(0).setCellValue(heading);
                sheet.createRow(1).createCell(0).setCellValue(t.title());
                Row header = sheet.createRow(2);
                for (int c = 0; c < t.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(t.columns().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    XSSFRow row = sheet.createRow(3 + r);
                    List<Object> cells = t.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Long || v instanceof Integer) {
                            XSSFCell cell = row.createCell(c);
                            cell.setCellValue(((Number) v).doubleValue());
                            // POI stores every number as a double ("762103.0"), which tools reading the file
                            // take for a fraction; a count is stored as the integer it is
                            cell.getCTCell().setV(v.toString());
                            cell.setCellStyle(integer);
                        } else if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(v == null ? "" : v.toString());
                        }
                    }
                }
                if (t.isEmpty() || t.note() != null) {
                    sheet.createRow(4 + t.rows().size()).createCell(0).setCellValue(t.isEmpty() ? "暂无数据。" + nz(t.note()) : t.note());
                }
                sheet.setColumnWidth(0, 30 * 256);
            }
            book.write(out);
        }
    }

    /** Short Chinese tab names; the titles are too long for a tab (Excel allows 31 characters). */
    private static final Map<String, String> TABS = Map.ofEntries(
            Map.entry("summary", "概览"), Map.entry("targets", "目标完成"), Map.entry("areas", "下级区划"),
            Map.entry("trend", "月度趋势"), Map.entry("issuers", "各单位发起"), Map.entry("quota", "发文限额"),
            Map.entry("breaches", "只减不增"), Map.entry("copying", "照抄照搬率"), Map.entry("feedback", "减负观察点"),
            Map.entry("index", "负担指数说明"));

    /** The sheet's tab: its Chinese name, or for a table without one its title cut to what Excel accepts. */
    public static String sheetName(FigureTable t) {
        String tab = TABS.get(t.key());
        if (tab != null) {
            return tab;
        }
        return WorkbookUtil.createSafeSheetName(t.title(), '·');
    }

    public static String heading(AreaFigures f) {
        return f.division().name() + "减负成效（" + f.year() + " 年，基准年 " + f.baseYear() + "）";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
