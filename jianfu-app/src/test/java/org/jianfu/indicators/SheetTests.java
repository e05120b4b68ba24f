package org.jianfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.indicators.internal.requests.NewField;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The merged form goes out as .xlsx and comes back: every bad cell is reported with row, column
 * and a Chinese message, and nothing from a file with errors is saved.
 */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetTests {

    static final String CADRE = "620102002001.cadre";
    static final YearMonth MONTH = YearMonth.of(2035, 1);

    @Autowired
    IndicatorDesk desk;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    long requestId;

    @BeforeAll
    void civilAffairsAsks() {
        requestId = desk.send("620102.civil", "测试：Excel 往返", "620102002", "VILLAGE", MONTH, List.of(
                IndicatorDesk.field("低保户数", "户", "MONTHLY"),
                new NewField("村集体经济收入", "万元", "YEARLY", "DECIMAL", true, "0", "100000", null)));
    }

    @Test
    void badCellsAreReportedPerCellAndNothingIsSavedThenAGoodFileIsAccepted() throws Exception {
        byte[] blank = mvc.perform(get("/indicators/forms/" + MONTH + "/sheet.xlsx").with(signIn.as(CADRE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        upload(edit(blank, s -> set(s, 3, "很多"))).andExpect(content().string(containsString("第 4 行，E 列")))
                .andExpect(content().string(containsString("低保户数：应填写整数，如 120")));
        upload(edit(blank, s -> set(s, 3, "-5"))).andExpect(content().string(containsString("不能小于 0")));
        upload(edit(blank, s -> set(s, 4, "12.5"))).andExpect(content().string(containsString("请填写低保户数")));
        upload(edit(blank, s -> {
            set(s, 3, "8");
            set(s, 4, "12.5");
            s.getWorkbook().createSheet("Sheet2");
        })).andExpect(content().string(containsString("多余的工作表「Sheet2」")));
        upload(edit(blank, s -> {
            s.getRow(3).createCell(4).setCellFormula("4+4");
            set(s, 4, "12.5");
        })).andExpect(content().string(containsString("不能使用公式")));
        upload(new byte[10 * 1024 * 1024]).andExpect(content().string(containsString("文件大于 2 MB")));
        upload("低保户数,8\n".getBytes()).andExpect(content().string(containsString("不是 Excel")));
        upload(withBomb(blank)).andExpect(content().string(containsString("压缩炸弹")));
        assertThat(version()).isZero();

        mvc.perform(multipart("/indicators/forms/" + MONTH + "/sheet").file(file(edit(blank, s -> {
                    set(s, 3, "8");
                    set(s, 4, "12.5");
                }))).with(signIn.as(CADRE)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(version()).isEqualTo(1);

        byte[] results = mvc.perform(get("/indicators/requests/" + requestId + "/results.xlsx")
                        .with(signIn.as("620102.civil.clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(results))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("低保户数（户）");
            Row village = sheet.getRow(1);
            assertThat(village.getCell(2).getStringCellValue()).isEqualTo("8");
            assertThat(village.getCell(3).getStringCellValue()).isEqualTo("12.5");
        }
    }

    private int version() throws Exception {
        String json = mvc.perform(get("/api/v1/forms/" + MONTH).with(signIn.as(CADRE)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.version");
    }

    private ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/indicators/forms/" + MONTH + "/sheet").file(file(bytes))
                        .with(signIn.as(CADRE)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "一表通.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    private static void set(Sheet sheet, int row, String value) {
        sheet.getRow(row).createCell(4).setCellValue(value);
    }

    private static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws Exception {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The real file plus a 50 MB entry of zeros that compresses to a few KB. */
    private static byte[] withBomb(byte[] xlsx) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out); var in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
