package org.jianfu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 公文 end to end in a real browser: sign in; the 城关区政府办公室 clerk drafts a notice that reuses part
 * of a city document and sees the 查重 result; the leader signs it from 待办; the clerk issues it; a
 * township cadre signs for it from 待办 within three taps.
 */
@BrowserTest
class DocumentJourneyTests extends Journey {

    static final String CLERK = "620102.gov-office.clerk";
    static final String LEADER = "620102.gov-office.leader";
    static final String TOWNSHIP = "620102001";
    static final String CADRE = TOWNSHIP + ".gov.cadre";
    static final String CITY_CLERK = "6201.gov-office.clerk";
    static final String CITY_LEADER = "6201.gov-office.leader";

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aLoginShowsTheTodoHomeAndAWrongPasswordIsRefusedInChinese(Viewport screen) {
        viewport = screen;
        PhoneBrowser b = browser();
        b.go("/login");
        b.driver().manage().deleteAllCookies();
        b.go("/login");
        b.type("#username", CLERK).type("#password", "wrong-password");
        shot("login", "1-form");
        b.tap("form button[type=submit]");
        assertThat(b.text(".alert.error")).containsPattern("用户名|密码");
        shot("login", "2-refused");
        as(screen, CLERK);
        assertThat(b.text("h1")).contains("待办");
        assertThat(b.text(".topbar .who")).contains("城关区");
        shot("login", "3-home");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aNoticeIsDraftedCheckedSignedIssuedAndSignedForByATownship(Viewport screen) {
        String topic = screen == Viewport.PHONE ? "冬季供暖" : "春耕备耕";
        String cityTitle = "关于做好" + topic + "保障工作的通知（市级旅程测试）";
        String title = "关于做好" + topic + "保障工作的通知（区级旅程测试）";
        String cityBody = randomText(screen.ordinal() * 2 + 1, 800);
        // 城关区 repeats about 40 % of the city's notice: more than the 30 % warning, less than the 50 % block
        String body = cityBody.substring(0, 400) + randomText(screen.ordinal() * 2 + 2, 600);

        viewport = screen;
        lastYearsDocuments(CITY_CLERK);
        issue(CITY_CLERK, CITY_LEADER, cityTitle, cityBody, unitId("620102", "gov"), "city");
        String gate = issue(CLERK, LEADER, title, body, unitId(TOWNSHIP, "gov"), "district");
        assertThat(gate).contains("查重").contains("提示").contains(cityTitle);

        // the township cadre signs for it from the home screen
        PhoneBrowser b = as(screen, CADRE);
        shot("document", "6-township-todo");
        tapXpath(todoRow(title));
        tap(".bottom-action button");                        // 签收
        b.waitForText(".alert.info", "本单位：已");          // 已签收; 已阅 is one more tap, never recorded by opening
        shot("document", "7-signed-for");
        assertThat(tapsFor("township 签收 a document")).isLessThanOrEqualTo(3);
        Boolean signed = jdbc.sql("""
                select r.signed_at is not null from documents.recipient r join documents.document d on d.id = r.document_id
                where d.title = ? and r.unit_id = ?""").params(title, unitId(TOWNSHIP, "gov")).query(Boolean.class).single();
        assertThat(signed).isTrue();
    }

    /**
     * The test-scale demo gives units outside the tour counties almost no documents last year, so
     * 只减不增 would leave the city's office nothing to issue this year: it issued 50 last year.
     */
    private void lastYearsDocuments(String clerk) {
        jdbc.sql("""
                insert into documents.document (issuing_unit_id, kind, title, direction, state, issue_year, issued_at,
                  drafted_by, review_confirmed)
                select a.unit_id, 'NOTICE', '上年公文（旅程测试）' || n, 'DOWNWARD', 'ISSUED', ?, ?, a.id, true
                from identity.account a, generate_series(1, 50) n
                where a.username = ? and not exists (select from documents.document d
                  where d.issuing_unit_id = a.unit_id and d.title like '上年公文（旅程测试）%')""")
                .params(java.time.LocalDate.now(clock).getYear() - 1,
                        java.sql.Timestamp.from(clock.instant().minus(365, java.time.temporal.ChronoUnit.DAYS)), clerk)
                .update();
        jdbc.sql("update quota.usage set seeded = false where unit_id = (select unit_id from identity.account where username = ?)")
                .param(clerk).update();
    }

    /** 起草 → 查重 → 送核稿 → 核稿 → 签发 (leader, from 待办) → 印发; returns the gate's text on the draft. */
    private String issue(String clerk, String leader, String title, String body, long recipient, String who) {
        PhoneBrowser b = as(viewport, clerk);
        b.go("/documents/new");
        b.type("#title", title);
        b.setValue("#body", body);
        b.script("document.querySelector(\"input[name=mainRecipientIds][value='\" + arguments[0] + \"']\").click();", recipient);
        b.script("document.querySelector('input[name=reviewConfirmed]').click();");
        shot("document-" + who, "1-draft");
        tap("form[action='/documents/new'] button[type=submit]");
        String gate = b.text("#gate");
        b.script("document.getElementById('gate').scrollIntoView();");
        shot("document-" + who, "2-reuse-result");
        String doc = path().replaceFirst("/edit.*$", "").replaceFirst("\\?.*$", "");
        b.go(doc);
        tap(".bottom-action button");                        // 送核稿
        b.waitForText("h1 + p .tag", "核稿中");

        // the leader reviews (no one reviews their own draft) and signs, both from 待办
        as(viewport, leader);
        shot("document-" + who, "3-leader-todo");
        tapXpath(todoRow(title));
        tap(".bottom-action button");                        // 核稿通过，送签发
        b.waitForText("h1 + p .tag", "待签发");
        tap(".bottom-action button");                        // 签发
        b.waitForText("h1 + p .tag", "待印发");
        assertThat(tapsFor("leader 签发 from 待办")).isLessThanOrEqualTo(3);

        as(viewport, clerk);
        b.go(doc);
        tap(".bottom-action button");                        // 印发
        b.waitForText("h1 + p .tag", "已印发");
        assertThat(b.text(".list.compact")).contains("文号").containsPattern("〔20\\d\\d〕\\d+号");
        shot("document-" + who, "5-issued");
        return gate;
    }

    private static String todoRow(String title) {
        return "//ul[contains(@class,'todos')]//a[.//div[@class='title' and text()=" + xpathLiteral(title) + "]]";
    }

    private long unitId(String division, String key) {
        return jdbc.sql("select id from organization.unit where division_code = ? and unit_key = ?")
                .params(division, key).query(Long.class).single();
    }

    /** Text no index holds: characters drawn at random from a pool of everyday 公文 words. */
    private static String randomText(int seed, int length) {
        Random random = new Random(seed);
        String pool = "区街道社区乡镇村组户人口耕地水利道路学校医院供暖燃气物资车辆值班巡查隐患整改台账资金项目监督检查宣传培训服务群众";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            for (int i = 0; i < 24; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            text.append("。\n");
        }
        return text.substring(0, length);
    }
}
