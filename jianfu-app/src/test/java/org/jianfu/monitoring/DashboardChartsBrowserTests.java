package org.jianfu.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jianfu.testing.browser.BrowserTest;
import org.jianfu.testing.browser.PhoneBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's ECharts charts as drawn in Chromium, with province-sized figures (hundreds of
 * thousands): no axis label cut off at the chart's edge, and each legend entry in its bars' colour.
 */
@BrowserTest
class DashboardChartsBrowserTests {

    private static final String CHARTS_DRAWN = "const boxes = [...document.querySelectorAll('[data-chart]')];"
            + " return !!window.echarts && boxes.length > 0 && boxes.every(b => echarts.getInstanceByDom(b));";

    /** The targets table with figures like the province's, drawn again (the charts read their tables). */
    private static final String PROVINCE_FIGURES = """
            document.querySelectorAll('[data-chart]').forEach(b => echarts.dispose(b));
            document.querySelectorAll('#table-targets tbody tr').forEach((tr, i) => {
              tr.cells[1].setAttribute('data-v', String(812345 - i * 1000));
              tr.cells[2].setAttribute('data-v', String(i % 2 ? 820000 : 500000));
              tr.cells[3].setAttribute('data-v', '568641');
              tr.cells[5].textContent = i % 2 ? '未达标' : '达标';
            });
            window.dispatchEvent(new Event('load'));""";

    /** Every text ECharts drew (axis labels, legend, bar labels) outside its chart's box. */
    private static final String CLIPPED_TEXTS = """
            const out = [];
            let seen = 0;
            document.querySelectorAll('[data-chart]').forEach(box => {
              if (box.getAttribute('data-chart') === 'treemap') return;
              const chart = echarts.getInstanceByDom(box), w = chart.getWidth(), h = chart.getHeight();
              chart.getZr().storage.getDisplayList(true).forEach(el => {
                if (el.invisible || !el.style || el.style.text == null || String(el.style.text) === '') return;
                seen++;
                const r = el.getBoundingRect().clone();
                if (el.transform) r.applyTransform(el.transform);
                if (r.x < -0.5 || r.y < -0.5 || r.x + r.width > w + 0.5 || r.y + r.height > h + 0.5) {
                  out.push(box.getAttribute('data-table') + ': "' + el.style.text + '" at x=' + Math.round(r.x));
                }
              });
            });
            return {seen: seen, clipped: out};""";

    /** Bars whose colour is not their series' colour, the one its legend entry shows. */
    private static final String LEGEND_MISMATCHES = """
            const out = [];
            document.querySelectorAll('[data-chart]').forEach(box => {
              echarts.getInstanceByDom(box).getModel().eachSeries(s => {
                if (s.subType !== 'bar') return;
                const data = s.getData(), legend = data.getVisual('style').fill;
                for (let i = 0; i < data.count(); i++) {
                  const v = s.getRawValue(i);
                  if (v == null || v === '-' || Number.isNaN(Number(v))) continue;
                  const bar = data.getItemVisual(i, 'style').fill;
                  if (bar !== legend) out.push(box.getAttribute('data-table') + ' ' + s.name + ' #' + i + ': ' + bar + ' vs legend ' + legend);
                }
              });
            });
            return out;""";

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void largeFiguresFitTheAxisAndTheLegendShowsTheBarsColours() {
        try (PhoneBrowser desk = PhoneBrowser.openDesktop(port).signIn("jfb.62")) {
            desk.go("/monitoring/areas/62?year=2019");
            WebDriverWait wait = new WebDriverWait(desk.driver(), Duration.ofSeconds(30));
            wait.until(d -> Boolean.TRUE.equals(desk.script(CHARTS_DRAWN)));
            desk.script(PROVINCE_FIGURES);
            wait.until(d -> Boolean.TRUE.equals(desk.script(CHARTS_DRAWN)));
            desk.screenshot("dashboard-province-figures");

            Map<?, ?> texts = (Map<?, ?>) desk.script(CLIPPED_TEXTS);
            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(((Number) texts.get("seen")).intValue()).as("texts drawn").isGreaterThan(10);
                soft.assertThat((List<?>) texts.get("clipped")).as("texts cut off at a chart's edge").isEmpty();
                soft.assertThat((List<?>) desk.script(LEGEND_MISMATCHES)).as("bars coloured unlike their legend entry").isEmpty();
            });
        }
    }
}
