package org.jianfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianfu.documents.internal.attachments.UploadRules;
import org.jianfu.platform.RuleViolationException;
import org.jianfu.platform.fonts.ShippedFonts;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Drafts uploaded as .docx, .pdf and .txt become the body; wrong types and sizes are refused in Chinese (皋兰县). */
@JianfuTest
@Import(DocumentsDriver.class)
class UploadTests {

    static final String CLERK = "620122.gov-office.clerk";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    DocumentsDriver api;

    long draft() throws Exception {
        return api.createOk(CLERK, DocumentsDriver.draft("NOTICE", "关于上传测试的通知", "", List.of(), false));
    }

    MvcResult upload(long id, String name, byte[] content, String use) throws Exception {
        return mvc.perform(multipart("/documents/" + id + "/files").file(new MockMultipartFile("file", name, null, content))
                .param("use", use).with(signIn.as(CLERK)).with(csrf())).andReturn();
    }

    String body(long id) throws Exception {
        return DocumentsDriver.json(api.get(CLERK, "/api/v1/documents/" + id), "$.document.body");
    }

    @Test
    void aWordDraftKeepsHeadingsAndParagraphsInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            var heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("一、总体要求");
            doc.createParagraph().createRun().setText("各乡镇要精简会议文件。");
            doc.createParagraph().createRun().setText("二、保障措施");
            doc.write(out);
        }
        long id = draft();
        MvcResult r = upload(id, "草稿.docx", out.toByteArray(), "draft");
        assertThat(r.getFlashMap().get("ok")).asString().contains("已读取文稿");
        assertThat(body(id)).isEqualTo("一、总体要求\n各乡镇要精简会议文件。\n二、保障措施");
    }

    @Test
    void aPdfDraftBecomesText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument();
             TrueTypeCollection ttc = new TrueTypeCollection(ShippedFonts.cjkCollection())) {
            PDType0Font font = PDType0Font.load(pdf, ttc.getFontByName("WenQuanYiMicroHei"), true);
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.beginText();
                s.setFont(font, 14);
                s.newLineAtOffset(72, 700);
                s.showText("关于减少填报任务的通知");
                s.endText();
            }
            pdf.save(out);
        }
        long id = draft();
        upload(id, "draft.PDF", out.toByteArray(), "draft");
        assertThat(body(id)).isEqualTo("关于减少填报任务的通知");
    }

    @Test
    void aTextDraftInGb18030IsDecoded() throws Exception {
        long id = draft();
        upload(id, "稿.txt", "为基层减负\r\n只减不增".getBytes(Charset.forName("GB18030")), "draft");
        assertThat(body(id)).isEqualTo("为基层减负\n只减不增");
    }

    @Test
    void wrongTypesAreRefusedByExtensionAndByContent() throws Exception {
        long id = draft();
        assertThat(upload(id, "tool.exe", new byte[]{'M', 'Z', 0}, "attachment").getFlashMap().get("error")).asString()
                .contains("不支持“.exe”");
        assertThat(upload(id, "假的.pdf", new byte[]{'M', 'Z', 0, 1}, "draft").getFlashMap().get("error")).asString()
                .contains("内容与扩展名不符");
        assertThat(upload(id, "表.xlsx", new byte[]{'P', 'K', 3, 4}, "draft").getFlashMap().get("error")).asString()
                .contains("文稿只支持");
        assertThat(upload(id, "坏.docx", new byte[]{'P', 'K', 3, 4, 9, 9}, "draft").getFlashMap().get("error")).asString()
                .contains("无法读取");
        MvcResult attached = upload(id, "说明.txt", "附件内容".getBytes(), "attachment");
        assertThat(attached.getFlashMap().get("ok")).isEqualTo("已添加附件");
        assertThat(api.get(CLERK, "/documents/" + id).getResponse().getContentAsString()).contains("说明.txt");
    }

    @Test
    void zipBombsAndEncryptedFilesAreRefusedSayingWhyAndNothingIsStored() throws Exception {
        long id = draft();
        assertThat(upload(id, "炸弹.docx", docxBomb(), "draft").getFlashMap().get("error")).asString()
                .contains("疑似压缩炸弹");
        assertThat(upload(id, "炸弹附件.docx", docxBomb(), "attachment").getFlashMap().get("error")).asString()
                .contains("疑似压缩炸弹");
        assertThat(upload(id, "加密.docx", encryptedDocx(), "draft").getFlashMap().get("error")).asString()
                .contains("设置了打开密码");
        assertThat(upload(id, "加密附件.xlsx", encryptedDocx(), "attachment").getFlashMap().get("error")).asString()
                .contains("设置了打开密码");
        assertThat(upload(id, "加密.pdf", encryptedPdf(), "draft").getFlashMap().get("error")).asString()
                .contains("已加密");
        assertThat(body(id)).isEmpty();
        assertThat(api.get(CLERK, "/documents/" + id).getResponse().getContentAsString()).doesNotContain("加密附件.xlsx")
                .doesNotContain("炸弹附件.docx");
    }

    /** A real .docx whose document.xml pads 60 MB of spaces (a few KB compressed). */
    private static byte[] docxBomb() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out);
             var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx("正文")))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(part, java.nio.charset.StandardCharsets.UTF_8);
                    int close = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, close).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(close).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(part);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** What Word writes with 文件 → 保护文档 → 用密码进行加密. */
    private static byte[] encryptedDocx() throws Exception {
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("jianfu");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            try (var data = encryptor.getDataStream(fs)) {
                data.write(docx("机密正文"));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void filesOverTheLimitAreRefusedWithTheirSize() {
        UploadRules rules = new UploadRules(1024 * 1024);
        assertThatThrownBy(() -> rules.check("大.txt", new byte[2 * 1024 * 1024], false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2.0 MB").hasMessageContaining("超过上限 1.0 MB");
        assertThatThrownBy(() -> rules.check("空.txt", new byte[0], false)).hasMessageContaining("不能为空");
        assertThat(rules.check("a.DOCX", new byte[]{'P', 'K', 3, 4}, true)).isEqualTo("docx");
    }
}
