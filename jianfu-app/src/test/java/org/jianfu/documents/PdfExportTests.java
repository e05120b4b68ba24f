package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jianfu.testing.JianfuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;

/** The GB/T 9704 layout, read back from the PDF text (the font is the one the repo ships, ShippedFonts). */
@JianfuTest
@Import(DocumentsDriver.class)
class PdfExportTests {

    @Autowired
    DocumentsDriver api;

    @Test
    void theIssuedDocumentPrintsWithHeaderNumberTitleAddresseesBodyAndColophon() throws Exception {
        String clerk = "620111.gov-office.clerk";
        long main = api.townshipGovernment("620111").id();
        long copy = api.unit("620111", "burden").id();
        String json = DocumentsDriver.draft("NOTICE", "关于进一步精简文件的通知",
                "一、总体要求\\n各街道要切实减少发文数量，提高文件质量。\\n二、工作措施\\n严格控制发文篇幅。", List.of(main), false)
                .replace("\"copyRecipientIds\":[]", "\"copyRecipientIds\":[" + copy + "]");
        long id = api.issued(clerk, "620111.gov-office.leader", json);
        String number = DocumentsDriver.json(api.get(clerk, "/api/v1/documents/" + id), "$.document.documentNumber");

        MvcResult r = api.get(clerk, "/documents/" + id + "/pdf");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf);
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines.getFirst()).isEqualTo("红古区人民政府办公室文件");
        assertThat(lines).containsSubsequence(number, "关于进一步精简文件的通知",
                api.townshipGovernment("620111").name() + "：", "一、总体要求", "各街道要切实减少发文数量，提高文件质量。",
                "严格控制发文篇幅。", "红古区人民政府办公室");
        assertThat(text).contains("抄送：" + api.unit("620111", "burden").name() + "。").contains("印发");
        assertThat(lines.getLast()).as("GB/T 9704 页码 below the text area").isEqualTo("— 1 —");
    }
}
