package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The OFD export, read back with ofdrw's reader: pages, text in the GB/T 9704 order, the embedded font, scope. */
@JianfuTest
class OfdExportTests {

    @Autowired
    DocumentsDriver api;

    @Test
    void theIssuedDocumentExportsAsOfdWithItsTextAndTheShippedFontEmbedded() throws Exception {
        String clerk = "620105.gov-office.clerk";
        String main = api.townshipGovernment("620105").name();
        String json = DocumentsDriver.draft("NOTICE", "关于规范村级组织工作事务的通知",
                "一、工作目标\\n各乡镇要清理村级组织承担的考核事项，减轻基层负担。\\n二、时间安排\\n年底前完成清理。",
                List.of(api.townshipGovernment("620105").id()), false);
        long id = api.issued(clerk, "620105.gov-office.leader", json);
        String number = DocumentsDriver.json(api.get(clerk, "/api/v1/documents/" + id), "$.document.documentNumber");

        MvcResult r = api.get(clerk, "/documents/" + id + "/ofd");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/ofd");
        assertThat(r.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''" + URLEncoder.encode(number + ".ofd", StandardCharsets.UTF_8));
        byte[] ofd = r.getResponse().getContentAsByteArray();

        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getOFDDir().getOfd().getDocBody().getDocInfo().getSubject()).isEqualTo("关于规范村级组织工作事务的通知");
            List<String> lines = new ContentExtractor(reader).extractAll().stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            assertThat(lines.getFirst()).isEqualTo("安宁区人民政府办公室文件");
            assertThat(lines).containsSubsequence(number, "关于规范村级组织工作事务的通知", main + "：", "一、工作目标",
                    "各乡镇要清理村级组织承担的考核事项，减轻基层负担。", "安宁区人民政府办公室");
            List<CT_Font> fonts = reader.getResMgt().getFonts();
            assertThat(fonts).singleElement().satisfies(f -> {
                assertThat(f.getFamilyName()).isEqualTo("WenQuanYi Micro Hei");
                assertThat(f.getFontFile()).isNotNull();
            });
            String fontFile = fonts.getFirst().getFontFile().toString();
            assertThat(fontFile).endsWith(".ttf");
            assertThat(entries(ofd)).anySatisfy(e -> {
                assertThat(e.name()).endsWith(fontFile.substring(fontFile.lastIndexOf('/') + 1));
                assertThat(e.size()).isGreaterThan(1_000);
            });
        }
    }

    @Test
    void aLongDocumentRunsOverSeveralPagesAndKeepsItsLastSentence() throws Exception {
        String clerk = "620105.gov-office.clerk";
        StringBuilder body = new StringBuilder();
        for (int i = 1; body.length() < 4_800; i++) {
            body.append("（").append(i).append("）第").append(i).append("所学校要逐项核对报表，凡与统计年报重复的第")
                    .append(i).append("类数据一律取消填报，不再要求教师重复录入。\\n");
        }
        body.append("以上事项请各学校于年底前落实到位。");
        long id = api.issued(clerk, "620105.gov-office.leader", DocumentsDriver.draft("NOTICE", "关于精简学校报表的通知",
                body.toString(), List.of(api.townshipGovernment("620105").id()), true));

        MvcResult r = api.get(clerk, "/documents/" + id + "/ofd");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            assertThat(reader.getNumberOfPages()).isGreaterThan(5);
            assertThat(String.join("", new ContentExtractor(reader).extractAll())).contains("以上事项请各学校于年底前落实到位。");
        }
    }

    @Test
    void aDocumentOfAnotherCountyIsNotFound() throws Exception {
        // a draft: readable by its own unit, and no 发文限额 of 城关区 (set by other tests) stands in the way
        long id = api.createOk("620102.gov-office.clerk", DocumentsDriver.draft("NOTICE", "关于城关区街道报表清理的通知",
                "各街道办事处要清理重复报表。", List.of(api.townshipGovernment("620102").id()), false));

        assertThat(api.get("620102.gov-office.clerk", "/documents/" + id + "/ofd").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get("620105.gov-office.clerk", "/documents/" + id + "/ofd").getResponse().getStatus()).isEqualTo(404);
    }

    private record Entry(String name, long size) {
    }

    private static List<Entry> entries(byte[] zip) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new Entry(e.getName(), in.readAllBytes().length));
            }
        }
        return entries;
    }
}
