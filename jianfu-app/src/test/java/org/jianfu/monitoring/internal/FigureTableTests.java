package org.jianfu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTests {

    @Test
    void rowViewsCarryTheDrillDownTheChartValueAndTheTargetTag() {
        FigureTable t = new FigureTable("areas", "各区县", "bars", List.of("区划", "指数", "是否达标"),
                List.of(List.of("城关区", 12.5, "达标"), Arrays.asList("七里河区", 7L, "未达标"), Arrays.asList("合计", null, "—")),
                Arrays.asList("620102", "620103", null), null);
        var rows = t.rowViews(2019);
        assertThat(rows).hasSize(3);
        var first = rows.getFirst();
        assertThat(first.href()).isEqualTo("/monitoring/areas/620102?year=2019");
        assertThat(first.cells()).extracting(FigureTable.CellView::text).containsExactly("城关区", "12.5", "达标");
        assertThat(first.cells()).extracting(FigureTable.CellView::href)
                .containsExactly("/monitoring/areas/620102?year=2019", null, null);
        assertThat(first.cells()).extracting(FigureTable.CellView::value).containsExactly(null, "12.5", null);
        assertThat(first.cells()).extracting(FigureTable.CellView::tdClass).containsExactly(null, "num", "num");
        assertThat(first.cells().get(2).tag()).isEqualTo("tag green");
        assertThat(rows.get(1).cells().get(2).tag()).isEqualTo("tag red");
        var total = rows.get(2);
        assertThat(total.href()).isNull();
        assertThat(total.cells()).extracting(FigureTable.CellView::text).containsExactly("合计", "", "—");
        assertThat(total.cells().get(1).value()).isNull();
    }

    @Test
    void thePageShowsTheTopOfALongTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 84; i++) {
            rows.add(List.of("单位" + i, (long) i));
        }
        FigureTable t = new FigureTable("breaches", "超过上年", "none", List.of("单位", "超出"), rows, null, null);
        assertThat(t.rowViews(2019, 30)).hasSize(30).first()
                .satisfies(r -> assertThat(r.cells().getFirst().text()).isEqualTo("单位0"));
        assertThat(t.rowViews(2019)).hasSize(84);
        assertThat(t.rowViews(2019, 100)).hasSize(84);
    }
}
