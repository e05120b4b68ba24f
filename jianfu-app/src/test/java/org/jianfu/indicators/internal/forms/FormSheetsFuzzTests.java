package org.jianfu.indicators.internal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.indicators.matching.Indicator.DataType;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the 一表通 spreadsheet import. Whatever comes back from the township, reading it returns an
 * {@link FormSheets.Upload} and never throws, and an upload without errors is one the form accepts: every
 * value is one {@link AnswerRules} accepts and every required item is present. (The version cell is
 * not checked here: a tampered version is a conflict that FormSubmission handles.)
 * Two targets: raw bytes (seeded with sheets from {@link FormSheets#write}, stored uncompressed so that
 * mutations reach the XML), and cells written through POI so the fuzzer works on values, not zip
 * structure. Without JAZZER_FUZZ the seeds are replayed as plain tests (docs/fuzzing.md).
 */
class FormSheetsFuzzTests {

    static final MergedForm FORM = form();

    @FuzzTest(maxDuration = "5m")
    void anyBytes(byte[] bytes) {
        acceptsOnlyWhatTheFormAccepts(FormSheets.read(bytes, FORM));
    }

    @DictionaryEntries({"F:1", "F:2", "F:3", "F:4", "F:5", "是", "否", "2019-03-25", "1E", "e+", "-", ".", "，"})
    @FuzzTest(maxDuration = "5m")
    void anyCells(FuzzedDataProvider data) throws IOException {
        acceptsOnlyWhatTheFormAccepts(FormSheets.read(edited(data), FORM));
    }

    /** The seeds are what they claim to be, so the fuzzer starts from real sheets. */
    @Test
    void seedsAreTheDownloadedSheetBlankAndFilled() throws Exception {
        FormSheets.Upload blank = FormSheets.read(seed("blank-stored"), FORM);
        assertThat(blank.version()).isEqualTo(3);
        assertThat(blank.errors()).extracting(SheetError::message)
                .containsExactly("低保户数：请填写低保户数", "村集体经济收入：请填写村集体经济收入");
        for (String name : List.of("filled-stored", "filled-deflated")) {
            FormSheets.Upload filled = FormSheets.read(seed(name), FORM);
            assertThat(filled.errors()).as(name).isEmpty();
            assertThat(filled.values()).containsEntry("F:1", "8").containsEntry("F:2", "12.5").containsEntry("F:5", "是");
        }
        // the sheet's part is damaged so that the workbook has no sheet at all (a finding: no error before)
        assertThat(FormSheets.read(seed("crash-d59ba0aeb7286f202228000b40786820b40773b0"), FORM).errors())
                .extracting(SheetError::message).contains("找不到工作表「填报表」，请上传从本页下载的填报表");
        // an entry compressed with Zstandard: commons-compress needs a codec we do not ship (a finding)
        assertThat(FormSheets.read(seed("zstd-entry"), FORM).errors()).extracting(SheetError::message)
                .containsExactly("文件已损坏或不是有效的 .xlsx 文件");
    }

    /**
     * Found while writing the harness, not by the 5-minute run: "1E999999999" is a valid BigDecimal, and
     * normalising it (toBigInteger, toPlainString) took minutes and gigabytes. Now it is a cell error.
     */
    @Test
    void hugeExponentsAreCellErrorsNotComputations() throws IOException {
        byte[] sheet;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(FormSheets.write(FORM)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(3).createCell(4).setCellValue("1E999999999");
            book.getSheetAt(0).getRow(4).createCell(4).setCellValue("1E-999999999");
            book.write(out);
            sheet = out.toByteArray();
        }
        assertThat(FormSheets.read(sheet, FORM).errors()).extracting(SheetError::message).containsExactly(
                "低保户数：数值过大，整数部分不能超过 18 位", "村集体经济收入：小数位数过多，最多 20 位");
        assertThat(AnswerRules.check(FORM.items().get(0), "1E+18").error()).isEqualTo("数值过大，整数部分不能超过 18 位");
        assertThat(AnswerRules.check(FORM.items().get(0), "999999999999999999").value()).isEqualTo("999999999999999999");
        assertThat(AnswerRules.check(FORM.items().get(0), "0E+999999999").value()).isEqualTo("0");
        assertThat(AnswerRules.check(FORM.items().get(1), "12.50").value()).isEqualTo("12.5");
    }

    private static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/org/jianfu/indicators/internal/forms/FormSheetsFuzzTestsInputs/anyBytes", name));
    }

    static void acceptsOnlyWhatTheFormAccepts(FormSheets.Upload upload) {
        assertThat(upload).isNotNull();
        for (SheetError error : upload.errors()) {
            assertThat(error.row()).isNotNegative();
            assertThat(error.column()).matches("[A-Z]{0,3}");
            assertThat(error.message()).containsPattern("\\p{IsHan}");
        }
        if (!upload.errors().isEmpty()) {
            return;
        }
        for (FormItem item : FORM.items()) {
            String value = upload.values().get(item.key());
            if (item.required()) {
                assertThat(value).as(item.key()).isNotNull();
            }
            if (value != null) {
                assertThat(AnswerRules.check(item, value).ok()).as(item.key() + " = " + value).isTrue();
            }
        }
        assertThat(FORM.items().stream().map(FormItem::key)).containsAll(upload.values().keySet());
    }

    /** The downloaded sheet with fuzzed cells written, sheets added or renamed, as a township might. */
    static byte[] edited(FuzzedDataProvider data) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(FormSheets.write(FORM)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            int edits = data.consumeInt(0, 12);
            for (int i = 0; i < edits; i++) {
                int r = data.consumeInt(0, 12);
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.createCell(data.consumeInt(0, 6));
                switch (data.consumeInt(0, 5)) {
                    case 0 -> cell.setCellValue(data.consumeDouble());
                    case 1 -> cell.setCellValue(data.consumeBoolean());
                    case 2 -> cell.setCellFormula(data.pickValue(List.of("1+1", "A1", "SUM(E4:E8)", "NOW()")));
                    case 3 -> row.removeCell(cell);
                    default -> cell.setCellValue(data.consumeString(40));
                }
            }
            if (data.consumeBoolean()) {
                String name = WorkbookUtil.createSafeSheetName(data.consumeString(31));
                if (book.getSheet(name) == null) {
                    book.createSheet(name);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A village's form: one item of each type, as FormAssembler makes them (keys "F:" + field id). */
    static MergedForm form() {
        Unit village = new Unit(1, "620102002001", "62.6201.620102.620102002.620102002001", DivisionLevel.VILLAGE,
                "五里铺村民委员会", "五里铺村", UnitKind.VILLAGE_COMMITTEE, "village", null);
        List<FormItem> items = List.of(
                item("F:1", "低保户数", "户", DataType.INTEGER, true, BigDecimal.ZERO, null, null),
                item("F:2", "村集体经济收入", "万元", DataType.DECIMAL, true, BigDecimal.ZERO, new BigDecimal("100000"), null),
                item("F:3", "备注", "", DataType.TEXT, false, null, null, null),
                item("F:4", "统计截止日期", "", DataType.DATE, false, null, null, null),
                item("F:5", "是否完成改厕", "", DataType.BOOLEAN, false, null, null, "是"));
        return new MergedForm(village, YearMonth.of(2035, 1), List.of(), items, 3, false);
    }

    private static FormItem item(String key, String name, String unit, DataType type, boolean required, BigDecimal min,
                                 BigDecimal max, String prefill) {
        return new FormItem(key, name, unit, type, required, min, max, List.of(), List.of("民政局"), prefill,
                prefill == null ? null : "2034-12 已填");
    }
}
