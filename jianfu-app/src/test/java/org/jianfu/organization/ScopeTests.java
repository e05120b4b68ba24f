package org.jianfu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianfu.testing.JianfuTest;
import org.jianfu.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No role of one county reads anything of another county, through any endpoint: every GET route with a
 * path variable is called with records of 七里河区 (its division, a unit, a document, a meeting … found in
 * the data) by every role of 城关区. A route whose variables name no record of anyone (a year, a format,
 * a registry code) must be listed in {@link #NOT_SCOPED_BY_PATH} with the reason; any other route the
 * test cannot fill fails it, so a new route is never skipped in silence.
 */
@JianfuTest
class ScopeTests {

    static final String CHENGGUAN_CLERK = "620102.gov-office.clerk";
    static final String QILIHE = "620103";

    /** A unit id column (SQL) that lies in 七里河区. */
    private static final String IN_QILIHE = " in (select id from organization.unit where division_code like '620103%')";
    private static final String IN_CHENGGUAN = " in (select id from organization.unit where division_code like '620102%')";

    /** Variables that name a record of someone: filled with one of 七里河区's, none shared with 城关区. */
    static final Map<String, String> OWNED = Map.ofEntries(
            Map.entry("documentId", "select d.id from documents.document d where d.issuing_unit_id" + IN_QILIHE
                    + " and not exists (select from documents.recipient r where r.document_id = d.id and r.unit_id" + IN_CHENGGUAN + ")"
                    + " order by d.id limit 1"),
            Map.entry("attachmentId", "select a.id from documents.attachment a join documents.document d on d.id = a.document_id"
                    + " where d.issuing_unit_id" + IN_QILIHE + " and not exists (select from documents.recipient r"
                    + " where r.document_id = d.id and r.unit_id" + IN_CHENGGUAN + ") order by d.id, a.id limit 1"),
            Map.entry("explanationId", "select e.id from documents.explanation e join documents.document d on d.id = e.document_id"
                    + " where d.issuing_unit_id" + IN_QILIHE + " order by e.id limit 1"),
            Map.entry("entryId", "select e.id from registers.entry e where e.owner_unit_id" + IN_QILIHE
                    + " and not exists (select from unnest(e.counterpart_unit_ids) c where c" + IN_CHENGGUAN + ") order by e.id limit 1"),
            Map.entry("reportId", "select r.id from feedback.report r where r.causing_unit_id" + IN_QILIHE
                    + " and r.office_division_code like '620103%' order by r.id limit 1"),
            Map.entry("requestId", "select r.id from indicators.data_request r where r.requester_unit_id" + IN_QILIHE
                    + " and r.target_division_code like '620103%' order by r.id limit 1"),
            Map.entry("itemId", "select i.id from inspections.plan_item i join inspections.plan p on p.id = i.plan_id"
                    + " where p.department_unit_id" + IN_QILIHE + " order by i.id limit 1"),
            Map.entry("planId", "select p.id from inspections.plan p where p.department_unit_id" + IN_QILIHE + " order by p.id limit 1"),
            Map.entry("inspectionId", "select i.id from inspections.inspection i where i.department_unit_id" + IN_QILIHE
                    + " and not exists (select from inspections.inspection_target t where t.inspection_id = i.id and t.unit_id"
                    + IN_CHENGGUAN + ") order by i.id limit 1"),
            Map.entry("meetingId", "select m.id from meetings.meeting m where m.organiser_unit_id" + IN_QILIHE
                    + " and not exists (select from meetings.invitation v where v.meeting_id = m.id and v.unit_id" + IN_CHENGGUAN
                    + ") order by m.id limit 1"),
            Map.entry("referenceId", "select r.id from reuse.reference_document r where r.owner_unit_id" + IN_QILIHE
                    + " and (r.addressed_path is null or r.addressed_path like '62.6201.620103%') order by r.id limit 1"),
            Map.entry("unitId", "select id from organization.unit where division_code = '620103' order by id limit 1"),
            Map.entry("id", "select id from organization.unit where division_code = '620103' order by id limit 1"),
            Map.entry("code", "select '620103'"));

    /** Variables that name no one's record; any valid value will do. */
    static final Map<String, String> SHARED = Map.of(
            "year", "select extract(year from current_date)::int::text",
            "format", "select 'pdf'",
            "table", "select 'summary'",
            "period", "select to_char(current_date, 'YYYY-MM')",
            "indicatorCode", "select code from indicators.indicator order by code limit 1",
            "surveyId", "select min(id)::text from feedback.survey");

    /** Routes whose path names no one's record, with why they answer everyone in their role. */
    static final Map<String, String> NOT_SCOPED_BY_PATH = Map.of(
            "/feedback/surveys/{surveyId}", "获得感 surveys are province-wide questionnaires, the same for every cadre",
            "/indicators/forms/{period}", "the signed-in unit's own 一表通 form of that month",
            "/indicators/forms/{period}/sheet.xlsx", "the signed-in unit's own form as Excel",
            "/api/v1/forms/{period}", "the signed-in unit's own form of that month",
            "/api/v1/indicators/{indicatorCode}", "the indicator registry is public to every account");

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIn signIn;

    @Autowired
    Organization organization;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.jianfu.documents.DocumentsDriver documents;

    /**
     * The demo gives 七里河区 no 超限说明 and no attachment: its office drafts an over-long notice with an
     * attachment and explains it, once, so those routes are called with real records too.
     */
    @org.junit.jupiter.api.BeforeEach
    void qilihesDraftWithAnExplanationAndAnAttachment() throws Exception {
        if (!values(Map.of("e", OWNED.get("explanationId"), "a", OWNED.get("attachmentId"))).keySet().containsAll(List.of("e", "a"))) {
            String clerk = "620103.gov-office.clerk";
            long township = documents.unit("620103001", "gov").id();
            long id = documents.createOk(clerk, org.jianfu.documents.DocumentsDriver.draft("NOTICE", "关于七里河区范围测试的通知",
                    "各街道要压实责任。".repeat(500), List.of(township), false));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/documents/" + id + "/files")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "附件.txt", null,
                            "附件：街道名单".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .with(signIn.as(clerk)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andReturn();
            assertThat(documents.post(clerk, "/api/v1/documents/" + id + "/explanations",
                    "{\"check\":\"length\",\"text\":\"本通知需要逐项部署十项任务，无法压缩。\"}").getResponse().getStatus()).isEqualTo(201);
        }
    }

    /** Every non-administrator role in 城关区, from the county office down to a township cadre. */
    static final java.util.List<String> CHENGGUAN_ROLES = java.util.List.of(CHENGGUAN_CLERK, "620102.gov-office.leader",
            "jfb.620102", "620102001.gov.cadre", "620102001.gov.clerk");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("CHENGGUAN_ROLES")
    void noRoleOfOneCountyReadsAnotherCountyThroughAnyEndpoint(String username) throws Exception {
        Map<String, String> owned = values(OWNED);
        Map<String, String> all = new java.util.HashMap<>(owned);
        all.putAll(values(SHARED));
        Unit otherUnit = organization.unit(Long.parseLong(owned.get("unitId"))).orElseThrow();
        List<String> called = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        int routes = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!info.getMethodsCondition().getMethods().isEmpty()
                    && !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                routes++;
                if (NOT_SCOPED_BY_PATH.containsKey(pattern)) {
                    continue;
                }
                String url = fill(pattern, all);
                if (url == null || variables(pattern).stream().noneMatch(owned::containsKey)) {
                    unfilled.add(pattern);
                    continue;
                }
                MvcResult result = mvc.perform(get(url).with(signIn.as(username))).andReturn();
                called.add(url);
                assertThat(result.getResponse().getStatus()).as(username + " " + url).isIn(403, 404);
                assertThat(result.getResponse().getContentAsString()).as(url)
                        .doesNotContain("七里河区").doesNotContain(otherUnit.name());
            }
        }
        assertThat(unfilled).as("routes with a path variable that no 七里河区 record fills (add it to OWNED, or to"
                + " NOT_SCOPED_BY_PATH with the reason)").isEmpty();
        System.out.printf("[scope] %s: %d of %d GET routes with a path variable called with 七里河区's records, %d not scoped by path%n",
                username, called.size(), routes, NOT_SCOPED_BY_PATH.size());
        assertThat(called.size() + NOT_SCOPED_BY_PATH.size()).isEqualTo(routes);
    }

    /** One value per variable from the data; a variable whose query finds nothing is left out (and fails its routes). */
    private Map<String, String> values(Map<String, String> queries) {
        Map<String, String> values = new java.util.HashMap<>();
        queries.forEach((name, sql) -> jdbc.sql(sql).query((rs, n) -> rs.getString(1)).optional()
                .filter(java.util.Objects::nonNull).ifPresent(v -> values.put(name, v)));
        return values;
    }

    private static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void aCountyClerkReadsItsOwnCountyAndUnit() throws Exception {
        Unit own = organization.unitsOf("620102").getFirst();
        assertThat(status("/api/v1/divisions/620102", CHENGGUAN_CLERK)).isEqualTo(200);
        assertThat(status("/api/v1/units/" + own.id(), CHENGGUAN_CLERK)).isEqualTo(200);
        assertThat(status("/api/v1/divisions/620102001/units", CHENGGUAN_CLERK)).isEqualTo(200);
    }

    @Test
    void aCountyBurdenOfficeSeesItsSubtreeButNotTheNeighbourOrTheProvince() throws Exception {
        assertThat(status("/organization/divisions/620102001", "jfb.620102")).isEqualTo(200);
        assertThat(status("/organization/divisions/620103", "jfb.620102")).isEqualTo(404);
        assertThat(status("/organization/divisions/62", "jfb.620102")).isEqualTo(404);
        Unit township = organization.unitsOf("620102001").getFirst();
        assertThat(status("/api/v1/units/" + township.id() + "/accounts", "jfb.620102")).isEqualTo(200);
        assertThat(status("/api/v1/units/" + organization.unitsOf(QILIHE).getFirst().id() + "/accounts", "jfb.620102"))
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsAndBurdenOfficesUseTheOrgBrowser() throws Exception {
        assertThat(status("/organization/divisions/620102", CHENGGUAN_CLERK)).isEqualTo(403);
        assertThat(status("/organization/divisions/6201", "admin")).isEqualTo(200);
    }

    private int status(String url, String username) throws Exception {
        return mvc.perform(get(url).with(signIn.as(username))).andReturn().getResponse().getStatus();
    }

    private static String fill(String pattern, Map<String, String> values) {
        String url = pattern;
        for (var v : values.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", v.getValue());
        }
        return url.contains("{") ? null : url;
    }
}
