package org.jianfu.indicators.internal.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.platform.files.OfficeZipLimits;

/**
 * The merged form as an .xlsx to fill offline, and reading it back. An upload is refused as a
 * whole when any cell is wrong: each error names its row and column; nothing is saved.
 */
final class FormSheets {

    static final String SHEET = "填报表";
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int FIRST_ROW = 3;
    private static final int KEY = 0;
    private static final int VALUE = 4;
    private static final String BOMB = "文件解压后异常巨大（疑似压缩炸弹），已拒绝";

    /** What an upload gave: the version the file was made from, the values by item key, and errors. */
    record Upload(int version, Map<String, String> values, List<SheetError> errors) {
    }

    private FormSheets() {
    }

    static byte[] write(MergedForm form) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue(form.month() + " 一表通 · " + form.unit().name()
                    + "（只在“填报值”一列填写数字或文字，不要用公式，不要增删工作表）");
            Row version = sheet.createRow(1);
            version.createCell(0).setCellValue("表单版本");
            version.createCell(1).setCellValue(form.version());
            Row header = sheet.createRow(2);
            String[] titles = {"编号", "指标", "计量单位", "要求", "填报值"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int r = FIRST_ROW;
            for (FormItem item : form.items()) {
                Row row = sheet.createRow(r++);
                row.createCell(KEY).setCellValue(item.key());
                row.createCell(1).setCellValue(item.name());
                row.createCell(2).setCellValue(item.unitOfMeasure());
                row.createCell(3).setCellValue(item.requirement() + (item.prefilled() ? " · 已预填" : ""));
                if (item.prefilled()) {
                    row.createCell(VALUE).setCellValue(item.prefill());
                }
            }
            int[] widths = {14, 30, 10, 28, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("无法生成 Excel", e);
        }
    }

    static Upload read(byte[] bytes, MergedForm form) {
        List<SheetError> errors = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            return refused("文件大于 2 MB，请只上传下载的填报表");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return refused("文件不是 Excel（.xlsx）格式，请上传从本页下载的填报表");
        }
        if (!OfficeZipLimits.inflatesWithinLimits(bytes)) {
            return refused(BOMB);
        }
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook book = new XSSFWorkbook(in)) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                if (s > 0 || !SHEET.equals(book.getSheetName(s))) {
                    errors.add(new SheetError(0, "", "多余的工作表「" + book.getSheetName(s) + "」：只能有一个工作表「" + SHEET + "」"));
                }
            }
            Sheet sheet = book.getSheet(SHEET);
            if (sheet == null) {
                // without this a workbook with no sheets at all came back with no error (found by fuzzing)
                errors.add(new SheetError(0, "", "找不到工作表「" + SHEET + "」，请上传从本页下载的填报表"));
                return new Upload(-1, Map.of(), errors);
            }
            formulas(sheet, errors);
            int version = version(sheet, errors);
            Map<String, String> values = values(sheet, form, errors);
            return new Upload(version, values, errors);
        } catch (IOException | RuntimeException | NoClassDefFoundError e) {
            // NoClassDefFoundError: a zip entry compressed with Zstandard makes commons-compress load a
            // codec we do not ship; Excel never writes those (see DraftText, found by fuzzing)
            String message = String.valueOf(e.getMessage());
            return refused(message.contains("Zip bomb") || message.contains("exceeds the max")
                    ? BOMB : "文件已损坏或不是有效的 .xlsx 文件");
        }
    }

    private static Upload refused(String message) {
        return new Upload(-1, Map.of(), List.of(new SheetError(0, "", message)));
    }

    /** Values only: a formula anywhere is an error, the sheet stores no computation. */
    private static void formulas(Sheet sheet, List<SheetError> errors) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    errors.add(new SheetError(row.getRowNum() + 1, CellReference.convertNumToColString(cell.getColumnIndex()),
                            "不能使用公式，请直接填写数值"));
                }
            }
        }
    }

    private static int version(Sheet sheet, List<SheetError> errors) {
        Row row = sheet.getRow(1);
        Cell cell = row == null ? null : row.getCell(1);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            errors.add(new SheetError(2, "B", "表单版本缺失，请重新下载填报表"));
            return -1;
        }
        return (int) cell.getNumericCellValue();
    }

    private static Map<String, String> values(Sheet sheet, MergedForm form, List<SheetError> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || text(row.getCell(KEY)).isEmpty()) {
                if (row != null && !text(row.getCell(VALUE)).isEmpty()) {
                    errors.add(new SheetError(r + 1, "A", "这一行没有编号，请不要增加行"));
                }
                continue;
            }
            String key = text(row.getCell(KEY));
            var item = form.item(key);
            if (item.isEmpty() || !seen.add(key)) {
                errors.add(new SheetError(r + 1, "A", "编号「" + key + "」不在本月表单中或重复，请重新下载填报表"));
                continue;
            }
            String raw = text(row.getCell(VALUE));
            AnswerRules.Checked checked = AnswerRules.check(item.get(), raw);
            if (!checked.ok()) {
                errors.add(new SheetError(r + 1, "E", item.get().name() + "：" + checked.error()));
            }
            values.put(key, raw);
        }
        for (FormItem item : form.items()) {
            if (!seen.contains(item.key()) && item.required()) {
                errors.add(new SheetError(0, "A", "缺少「" + item.name() + "」这一行（必填），请重新下载填报表"));
            }
        }
        return values;
    }

    /** A cell as text: numbers without float noise (120, not 120.0), dates as 2019-03-25, booleans as 是/否. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }
}
