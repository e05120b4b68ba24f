package org.jianfu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The 减负成效报告 (button and command line) holds exactly the dashboard's figures. */
@JianfuTest
class ResultsReportTests {

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;
    @Autowired ResultsReports reports;

    @Test
    void theExcelReportFromTheButtonAndFromTheCommandLineEqualsTheDashboard() throws Exception {
        List<Map<String, Object>> tables = JsonPath.read(body("/api/v1/monitoring/areas/6201?year=2019"), "$.tables");
        byte[] button = bytes("/monitoring/areas/6201/report/xlsx?year=2019");
        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        reports.write("6201", 2019, ResultsReports.Format.XLSX, cli);
        for (byte[] file : List.of(button, cli.toByteArray())) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(tables.size());
                for (int t = 0; t < tables.size(); t++) {
                    Map<String, Object> table = tables.get(t);
                    Sheet sheet = book.getSheetAt(t);
                    assertThat(cells(sheet.getRow(2))).isEqualTo(table.get("columns"));
                    @SuppressWarnings("unchecked")
                    List<List<Object>> rows = (List<List<Object>>) table.get("rows");
                    for (int r = 0; r < rows.size(); r++) {
                        List<Object> expected = rows.get(r).stream()
                                .map(v -> v instanceof Number n ? (Object) n.doubleValue() : v).toList();
                        assertThat(cells(sheet.getRow(3 + r))).as(table.get("key") + " row " + r).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(tables.stream().filter(t -> t.get("key").equals("areas")).findFirst().orElseThrow().get("rows"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSizeGreaterThan(3);
    }

    @Test
    void thePdfReportShowsTheSameIndexAndTargets() throws Exception {
        String json = body("/api/v1/monitoring/areas/620102?year=2019");
        double index = JsonPath.read(json, "$.index");
        List<Object> documents = JsonPath.read(json, "$.tables[?(@.key == 'targets')].rows[0]");
        byte[] pdf = bytes("/monitoring/areas/620102/report/pdf?year=2019");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("城关区减负成效报告（2019 年）").contains("负担指数").contains(String.valueOf(index));
            @SuppressWarnings("unchecked")
            List<Object> row = (List<Object>) documents.getFirst();
            assertThat(text).contains("公文 " + row.get(1) + " " + row.get(2) + " " + row.get(3));
        }
    }

    @Test
    void eachTableExportsAsCsvWithTheSameRows() throws Exception {
        String json = body("/api/v1/monitoring/areas/620102?year=2019");
        List<Object> first = JsonPath.read(json, "$.tables[?(@.key == 'targets')].rows[0]");
        String csv = new String(bytes("/monitoring/areas/620102/tables/targets/csv?year=2019"), java.nio.charset.StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        List<Object> row = (List<Object>) first.getFirst();
        assertThat(csv).startsWith("\uFEFF类别,2018年,本年,目标（≤）,较基准年%,是否达标\r\n");
        assertThat(csv).contains(String.join(",", row.stream().map(String::valueOf).toList()));
    }

    private static List<Object> cells(Row row) {
        List<Object> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
        }
        return values;
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(signIn.as("jfb.62"))).andReturn().getResponse().getContentAsString();
    }

    private byte[] bytes(String url) throws Exception {
        var response = mvc.perform(get(url).with(signIn.as("jfb.62"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsByteArray();
    }
}
