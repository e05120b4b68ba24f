package org.jianfu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 一表通 in a real browser: a district bureau drafts a data request and is warned that a field is
 * already collected; a grassroots cadre fills the month's merged form from 待办 within three taps.
 */
@BrowserTest
class IndicatorJourneyTests extends Journey {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aDataRequestAskingForAFieldAlreadyCollectedShowsTheDuplicateWarning(Viewport screen) {
        // a field some other request to 城关区's villages or townships already asks for
        Map<String, Object> asked = jdbc.sql("""
                select f.name, f.unit_of_measure, r.requester_name from indicators.request_field f
                join indicators.data_request r on r.id = f.request_id
                where r.status = 'SENT' and r.target_path like '62.6201.620102%' and r.requester_name not like '%民政%'
                order by r.id, f.position limit 1""").query().singleRow();
        String title = "2026年城关区困难群众" + (screen == Viewport.PHONE ? "走访" : "救助") + "情况统计表";
        PhoneBrowser b = as(screen, "620102.civil.clerk");
        b.go("/indicators/requests/new");
        b.type("#title", title).type("#purpose", "掌握困难群众基本情况");
        b.driver().findElement(By.cssSelector("#targetDivisionCode option[value='620102']")).click();
        b.setValue("#formMonth", today().plusMonths(1).toString().substring(0, 7));
        b.setValue("#deadline", today().plusMonths(1).withDayOfMonth(25).toString());
        shot("data-request", "1-new");
        tap("form[action='/indicators/requests'] button[type=submit]");
        b.waitForText("h1", title);
        b.type("#f-name", (String) asked.get("name")).type("#f-unit", (String) asked.get("unit_of_measure"));
        tap("form[action$='/fields'] button[type=submit]");
        b.waitForText(".list .tag.red", "重复");
        WebElement warning = b.find(".list .alert.error");
        b.script("arguments[0].scrollIntoView({block: 'center'});", warning);
        assertThat(warning.getText()).contains("已在「").contains((String) asked.get("name"));
        shot("data-request", "2-duplicate-warning");
        tap(".list .alert.error form button[type=submit]");     // 改为共享复用，不再索要
        b.waitForText(".list .tag.green", "共享复用");
        shot("data-request", "3-reused");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aGrassrootsCadreFillsTheMergedFormFromTodoWithinThreeTaps(Viewport screen) {
        // the units with the most requests merged into one open form; phone and desktop take different ones
        List<Map<String, Object>> open = jdbc.sql("""
                select a.username, count(*) n from indicators.request_target t
                join indicators.data_request r on r.id = t.request_id
                join organization.unit u on u.id = t.unit_id
                join identity.account a on a.unit_id = u.id and a.role = 'CADRE'
                where t.submitted_at is null and r.status = 'SENT' and u.division_code like '620102%'
                group by a.username, r.form_month order by count(*) desc, a.username limit 2""").query().listOfRows();
        assertThat(open).hasSize(2);
        String cadre = (String) open.get(screen.ordinal()).get("username");

        PhoneBrowser b = as(screen, cadre);
        shot("form", "1-todo");
        tapXpath("(//ul[contains(@class,'todos')]//a[.//div[@class='title' and contains(text(),'一表通填报')]])[1]");
        b.find("form[data-offline] .card input");
        assertThat(b.text("main")).contains("合并了");
        int fields = ((Number) b.script("""
                let n = 0;
                document.querySelectorAll('form[data-offline] .card input').forEach(i => {
                  if (i.value !== '') return;
                  n++;
                  if (i.type === 'date') i.value = '2026-01-01';
                  else if (i.inputMode === 'numeric' || i.inputMode === 'decimal') i.value = '3';
                  else i.value = '无';
                });
                return n;""")).intValue();
        shot("form", "2-filled");
        tap("form[data-offline] .bottom-action button");
        b.waitForText("main", "已报送");
        shot("form", "3-submitted");
        System.out.printf("[taps] fields typed in the merged form (%s): %d%n", screen.tag(), fields);
        assertThat(tapsFor("cadre fills 一表通 (" + open.get(screen.ordinal()).get("n") + " requests merged)")).isLessThanOrEqualTo(3);
    }
}
