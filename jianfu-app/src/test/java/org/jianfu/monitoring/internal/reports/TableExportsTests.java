package org.jianfu.monitoring.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.monitoring.internal.FigureTable;
import org.junit.jupiter.api.Test;

/** The 成效报告 workbook as a person (or a script reading it) meets it. */
class TableExportsTests {

    private static final List<String> KEYS = List.of("summary", "targets", "areas", "trend", "issuers", "quota",
            "breaches", "copying", "feedback");

    @Test
    void sheetTabsAreChineseAndCountsAreStoredAsIntegers() throws Exception {
        List<FigureTable> tables = new ArrayList<>();
        for (String key : KEYS) {
            tables.add(new FigureTable(key, "标题 " + key, "none", List.of("类别", "数量", "指数"),
                    List.of(List.of("公文", 762103L, 12.5)), null, null));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExports.xlsx(tables, "兰州市减负成效")))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(KEYS.size());
            for (int i = 0; i < KEYS.size(); i++) {
                String tab = book.getSheetName(i);
                assertThat(tab).as(KEYS.get(i)).matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]");
                assertThat(tab).isEqualTo(TableExports.sheetName(tables.get(i)));
                Sheet sheet = book.getSheetAt(i);
                XSSFCell count = (XSSFCell) sheet.getRow(3).getCell(1);
                assertThat(count.getNumericCellValue()).isEqualTo(762103.0);
                assertThat(count.getRawValue()).as("stored value of a count").isEqualTo("762103");
                assertThat(((XSSFCell) sheet.getRow(3).getCell(2)).getRawValue()).isEqualTo("12.5");
            }
            assertThat(book.getSheetName(0)).isEqualTo("概览");
        }
    }

    @Test
    void aTableWithoutItsOwnTabNameGetsASafeOneFromItsTitle() {
        FigureTable t = new FigureTable("new-table", "下级区划基层负担指数（2019 年，每个乡镇/村每月平均）：一个很长很长的标题", "none",
                List.of("区划"), List.of(), null, null);
        assertThat(TableExports.sheetName(t)).hasSizeLessThanOrEqualTo(31).doesNotContain("/").startsWith("下级区划");
    }
}
