package org.jianfu.faults;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a downloaded 一表通 sheet the way a cadre does: a valid value in the 填报值 column (E) of
 * every row, taken from the row's 要求 (D: 整数 · 必填 · 0 至 100). Values depend on a seed so that
 * no two cadres send the same numbers.
 */
final class FilledSheets {

    private static final int FIRST_ROW = 3;
    private static final Pattern RANGE = Pattern.compile("(-?[\\d.]+) 至 (-?[\\d.]+)");
    private static final Pattern AT_LEAST = Pattern.compile("不小于 (-?[\\d.]+)");
    private static final Pattern AT_MOST = Pattern.compile("不大于 (-?[\\d.]+)");

    /** The file to upload and the values it carries, by item key (column A). */
    record Filled(byte[] xlsx, Map<String, String> values) {
    }

    private FilledSheets() {
    }

    static Filled fill(byte[] blank, int seed) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(blank)); var out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, String> values = new LinkedHashMap<>();
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row.getCell(0)).isEmpty()) {
                    continue;
                }
                String requirement = text(row.getCell(3));
                long n = 1000L * seed + r;
                Cell cell = row.createCell(4);
                if (requirement.startsWith("整数")) {
                    long v = within(requirement, n);
                    cell.setCellValue(v);
                    values.put(text(row.getCell(0)), String.valueOf(v));
                } else if (requirement.startsWith("数值")) {
                    String v = within(requirement, n) + ".5";
                    cell.setCellValue(Double.parseDouble(v));
                    values.put(text(row.getCell(0)), v);
                } else if (requirement.startsWith("日期")) {
                    String v = "2019-03-" + String.format("%02d", 1 + n % 28);
                    cell.setCellValue(v);
                    values.put(text(row.getCell(0)), v);
                } else if (requirement.startsWith("是/否")) {
                    String v = n % 2 == 0 ? "是" : "否";
                    cell.setCellValue(v);
                    values.put(text(row.getCell(0)), v);
                } else {
                    String v = "故障测试" + n;
                    cell.setCellValue(v);
                    values.put(text(row.getCell(0)), v);
                }
            }
            book.write(out);
            return new Filled(out.toByteArray(), values);
        }
    }

    /** What a downloaded sheet shows in the 填报值 column (prefilled values), by item key. */
    static Map<String, String> shown(byte[] xlsx) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, String> values = new LinkedHashMap<>();
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !text(row.getCell(0)).isEmpty()) {
                    values.put(text(row.getCell(0)), text(row.getCell(4)));
                }
            }
            return values;
        }
    }

    /** A whole number inside the row's range, if it has one (the last bound that must hold wins). */
    private static long within(String requirement, long n) {
        Matcher range = RANGE.matcher(requirement);
        if (range.find()) {
            long min = new BigDecimal(range.group(1)).longValue();
            long max = new BigDecimal(range.group(2)).longValue() - 1;  // room for a decimal's .5
            return max <= min ? min : min + n % (max - min + 1);
        }
        Matcher atLeast = AT_LEAST.matcher(requirement);
        if (atLeast.find()) {
            return new BigDecimal(atLeast.group(1)).longValue() + n;
        }
        Matcher atMost = AT_MOST.matcher(requirement);
        return atMost.find() ? new BigDecimal(atMost.group(1)).longValue() - 1 - n : n;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }
}
