package org.jianfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No role and no table can tell who wrote a report: the author submits (with a picture that carries
 * the author's name in its metadata), then every feedback table is read column by column, every role
 * reads every feedback endpoint, and the audit log, event registry and log output are checked.
 */
@JianfuTest
class FeedbackAnonymityTests {

    static final String AUTHOR = "620123101.gov.cadre";
    static final String TOWNSHIP = "620123101";

    @Autowired MockMvc mvc;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Accounts accounts;

    @Test
    void nothingStoredShownOrLoggedLinksAReportToItsAuthor() throws Exception {
        long authorId = jdbc.sql("select id from identity.account where username = ?").param(AUTHOR).query(Long.class).single();
        Account author = accounts.account(authorId).orElseThrow();
        Unit authorUnit = organization.unit(author.unitId()).orElseThrow();
        Unit causing = organization.unitsOf("620123").stream().filter(u -> u.unitKey().equals("edu")).findFirst().orElseThrow();
        long auditBefore = count("audit.entry");
        long eventsBefore = count("public.event_publication");
        ListAppender<ILoggingEvent> logs = captureLogs();

        var posted = mvc.perform(multipart("/feedback/new")
                        .file(new MockMultipartFile("attachment", AUTHOR + ".png", "image/png", pngSignedBy(AUTHOR)))
                        .param("category", "MEETINGS").param("causingUnitId", String.valueOf(causing.id()))
                        .param("body", "县教育局本月开了三次推进会，每次都要求乡镇主要负责同志到县城参加。")
                        .with(signIn.as(AUTHOR)).with(csrf()))
                .andReturn();
        String page = mvc.perform(get(posted.getResponse().getRedirectedUrl()).flashAttrs(posted.getFlashMap())
                .with(signIn.as(AUTHOR))).andReturn().getResponse().getContentAsString();
        String code = first(page, "id=\"public-code\">([^<]+)<");
        String secret = first(page, "id=\"secret\">([^<]+)<");

        List<String> forbidden = List.of(String.valueOf(authorId), AUTHOR, author.displayName(),
                String.valueOf(author.unitId()), authorUnit.name(), TOWNSHIP, authorUnit.divisionPath());
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'feedback'")
                .query(String.class).list()) {
            for (Map<String, Object> row : jdbc.sql("select * from feedback." + table).query().listOfRows()) {
                for (var cell : row.entrySet()) {
                    String value = cell.getValue() instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1)
                            : String.valueOf(cell.getValue());
                    for (String f : forbidden) {
                        assertThat(value).as(table + "." + cell.getKey()).isNotEqualTo(f);
                        if (f.length() > 6) {
                            assertThat(value).as(table + "." + cell.getKey()).doesNotContain(f);
                        }
                    }
                    assertThat(value).as(table + "." + cell.getKey()).doesNotContain(secret);
                }
            }
        }
        // survey_participation is the one table that names accounts: who took part in a survey, never what they
        // answered and nothing about reports (SurveyTests checks it holds only survey_id and account_id)
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = 'feedback'"
                        + " and table_name <> 'survey_participation'")
                .query(String.class).list()).noneMatch(c -> c.matches(".*(account|author_unit|ip|created_at|user).*"));
        assertThat(jdbc.sql("select data_type from information_schema.columns where table_schema = 'feedback'")
                .query(String.class).list()).noneMatch(t -> t.startsWith("timestamp"));
        assertThat(count("audit.entry")).isEqualTo(auditBefore);
        assertThat(count("public.event_publication")).isEqualTo(eventsBefore);
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(AUTHOR) || e.getFormattedMessage().contains(code));

        String reportId = jdbc.sql("select id::text from feedback.report where public_code = ?").param(code)
                .query(String.class).single();
        for (String reader : List.of("admin", "jfb.62", "jfb.6201", "jfb.620123", "620123.edu.clerk", "620123.edu.leader",
                "620102.gov-office.clerk", AUTHOR, "620123101001.cadre")) {
            // pages carry the reader's own name in the top bar, so the author and a neighbour read the API only
            boolean official = !reader.equals(AUTHOR) && !reader.startsWith(TOWNSHIP);
            List<String> urls = official ? List.of("/api/v1/feedback/reports", "/api/v1/feedback/reports/" + reportId,
                    "/feedback/desk", "/feedback/reports/" + reportId, "/")
                    : List.of("/api/v1/feedback/reports", "/api/v1/feedback/reports/" + reportId);
            for (String url : urls) {
                String body = mvc.perform(get(url).with(signIn.as(reader))).andReturn().getResponse().getContentAsString();
                for (String f : List.of(AUTHOR, author.displayName(), authorUnit.name(), TOWNSHIP)) {
                    assertThat(body).as(reader + " " + url).doesNotContain(f);
                }
            }
        }
        String followUp = mvc.perform(post("/api/v1/feedback/follow-up").with(signIn.as("620123101001.cadre")).with(csrf())
                        .contentType("application/json").content("{\"publicCode\":\"" + code + "\",\"secret\":\"" + secret + "\"}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(followUp).contains("县教育局本月开了三次推进会").doesNotContain(AUTHOR).contains("\"authorArea\":null");
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void theSecretIsStoredOnlyAsASlowHashAndTheAreaOnlyAtCountyLevel() throws Exception {
        Unit causing = organization.unitsOf("620123").stream().filter(u -> u.unitKey().equals("agri")).findFirst().orElseThrow();
        String json = mvc.perform(post("/api/v1/feedback/reports").with(signIn.as("620123101001.cadre")).with(csrf())
                        .contentType("application/json")
                        .content("{\"category\":\"FORMS\",\"causingUnitId\":" + causing.id() + ",\"body\":\"农业农村局的表格和统计局的重复，要填两遍。\"}"))
                .andReturn().getResponse().getContentAsString();
        String code = first(json, "\"publicCode\":\"([^\"]+)\"");
        String secret = first(json, "\"secret\":\"([^\"]+)\"");
        var row = jdbc.sql("select secret_hash, author_area_code, extract(isodow from reported_week) dow from feedback.report where public_code = ?")
                .param(code).query().singleRow();
        assertThat((String) row.get("secret_hash")).startsWith("$2a$10$").doesNotContain(secret);
        assertThat(row.get("author_area_code")).isEqualTo("620123");
        assertThat(((Number) row.get("dow")).intValue()).isEqualTo(1);
    }

    @Autowired org.jianfu.feedback.internal.ReportMixer mixer;

    /**
     * The 2026 probe found three channels: a daily-limit row written in the report's transaction (same
     * xmin, and its count per author), the report's own xmin between its author's login and the next,
     * and a causing unit far from the author's chain accepted by the server.
     */
    @Test
    void noDailyCounterRowAndTheReportsTransactionIdIsRewrittenInABatch() throws Exception {
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'feedback' and table_name = 'daily_count'")
                .query(Long.class).single()).as("the daily limit is counted in memory").isZero();
        Unit causing = organization.unitsOf("620123").stream().filter(u -> u.unitKey().equals("water")).findFirst().orElseThrow();
        List<String> codes = new ArrayList<>();
        for (String author : List.of("620123101002.cadre", "620123101003.cadre")) {
            String json = mvc.perform(post("/api/v1/feedback/reports").with(signIn.as(author)).with(csrf()).contentType("application/json")
                            .content("{\"category\":\"PAPER_TRAIL\",\"causingUnitId\":" + causing.id() + ",\"body\":\"水务局要求每次巡河都拍照留痕上传。\"}"))
                    .andReturn().getResponse().getContentAsString();
            codes.add(first(json, "\"publicCode\":\"([^\"]+)\""));
        }
        String xmins = "select count(distinct xmin::text) from feedback.report where public_code = any(?)";
        assertThat(jdbc.sql(xmins).param(codes.toArray(String[]::new)).query(Long.class).single()).isEqualTo(2);
        List<String> before = jdbc.sql("select xmin::text from feedback.report where public_code = any(?)")
                .param(codes.toArray(String[]::new)).query(String.class).list();
        mixer.run();
        assertThat(jdbc.sql(xmins).param(codes.toArray(String[]::new)).query(Long.class).single()).as("one batch, one id").isEqualTo(1);
        assertThat(jdbc.sql("select xmin::text from feedback.report where public_code = ?").param(codes.getFirst())
                .query(String.class).single()).isNotIn(before);
    }

    @Test
    void theServerHoldsTheCausingUnitToTheAuthorsOwnChain() throws Exception {
        Unit farAway = organization.unitsOf("620102").stream().filter(u -> u.unitKey().equals("edu")).findFirst().orElseThrow();
        var refused = mvc.perform(post("/api/v1/feedback/reports").with(signIn.as("620123101004.cadre")).with(csrf())
                        .contentType("application/json")
                        .content("{\"category\":\"MEETINGS\",\"causingUnitId\":" + farAway.id() + ",\"body\":\"城关区教育局要求我们参加会议十次。\"}"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("只能反映本级或上级单位");
        String form = mvc.perform(get("/feedback/new").with(signIn.as("620123101004.cadre"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).as("the author is told what a choice reveals").contains("提交后减负办会看到：反映涉及").contains("（乡镇或村级单位）")
                .contains("以及您所在的县（区）");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    /** A PNG whose text metadata names the author, as a phone screenshot tool might. */
    static byte[] pngSignedBy(String name) throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode text = new IIOMetadataNode("tEXtEntry");
        text.setAttribute("keyword", "Author");
        text.setAttribute("value", name);
        IIOMetadataNode tEXt = new IIOMetadataNode("tEXt");
        tEXt.appendChild(text);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(tEXt);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        }
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(name);
        return bytes;
    }
}
