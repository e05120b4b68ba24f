// Dashboard charts: each chart reads the table beside it, so chart and table cannot disagree.
(function () {
  var GREY = "#b0b7c3", ACCENT = "#1f5fbf", GREEN = "#2e7d32", RED = "#c62828", DARK = "#1d2129";
  function read(table) {
    var head = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      var cells = Array.prototype.map.call(r.cells, function (c) {
        return c.hasAttribute("data-v") ? Number(c.getAttribute("data-v")) : c.textContent.trim();
      });
      cells.href = r.getAttribute("data-href");
      return cells;
    });
    return { head: head, rows: rows };
  }
  function col(rows, i) { return rows.map(function (r) { return r[i]; }); }
  // containLabel: the grid makes room for its axis labels, however long (a fixed left margin cut
  // "800,000" to "00,000"); values from 10,000 up read as 万, as people count them
  function wan(v) { return Math.abs(v) >= 10000 ? +(v / 10000).toFixed(1) + "万" : String(v); }
  var valueAxis = { type: "value", axisLabel: { formatter: wan } };
  var base = { grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true }, tooltip: { trigger: "axis", renderMode: "richText" }, legend: { top: 0 },
    animation: false, textStyle: { fontFamily: "PingFang SC, Noto Sans CJK SC, Microsoft YaHei, sans-serif" } };
  // this year's bars in one series per verdict, stacked into one slot, so each legend entry has the
  // colour of its bars (one series with per-bar colours showed the palette's blue in the legend)
  function thisYear(d) {
    var verdicts = [["达标", GREEN], ["未达标", RED], [null, ACCENT]];
    function verdict(r) { return r[5] === "达标" || r[5] === "未达标" ? r[5] : null; }
    return verdicts.filter(function (v) { return d.rows.some(function (r) { return verdict(r) === v[0]; }); })
      .map(function (v) {
        return { name: d.head[2] + (v[0] ? "（" + v[0] + "）" : ""), type: "bar", stack: "this-year", itemStyle: { color: v[1] },
          label: { show: d.rows.length <= 8, position: "top" },
          data: d.rows.map(function (r) { return verdict(r) === v[0] ? r[2] : null; }) };
      });
  }
  var kinds = {
    "target-bars": function (d) {
      return Object.assign({}, base, {
        xAxis: { type: "category", data: col(d.rows, 0), axisLabel: { interval: 0, rotate: d.rows.length > 6 ? 40 : 0 } },
        yAxis: valueAxis,
        series: [{ name: d.head[1], type: "bar", data: col(d.rows, 1), itemStyle: { color: GREY }, label: { show: d.rows.length <= 8, position: "top" } }]
          .concat(thisYear(d))
          .concat([{ name: d.head[3], type: "scatter", symbol: "rect", symbolSize: [26, 3], itemStyle: { color: DARK }, data: col(d.rows, 3) }])
      });
    },
    "treemap": function (d) {
      return { animation: false, tooltip: { renderMode: "richText" }, series: [{ type: "treemap", roam: false, nodeClick: false, breadcrumb: { show: false },
        label: { formatter: "{b}\n{c}" },
        data: d.rows.map(function (r) { return { name: r[0], value: r[1], href: r.href }; }) }] };
    },
    "trend": function (d) {
      return Object.assign({}, base, {
        xAxis: { type: "category", data: col(d.rows, 0) }, yAxis: valueAxis,
        series: [{ name: d.head[1], type: "line", data: col(d.rows, 1), itemStyle: { color: ACCENT }, label: { show: true } },
                 { name: d.head[2], type: "line", data: col(d.rows, 2), itemStyle: { color: GREY } }]
      });
    },
    "bars": function (d) {
      var last = d.head.length - 1;
      return Object.assign({}, base, {
        xAxis: { type: "category", data: col(d.rows, 0), axisLabel: { interval: 0, rotate: d.rows.length > 6 ? 40 : 0 } },
        yAxis: valueAxis,
        series: [{ name: d.head[last], type: "bar", data: col(d.rows, last), itemStyle: { color: ACCENT }, label: { show: true, position: "top" } }]
      });
    }
  };
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll("[data-chart]").forEach(function (box) {
      var table = document.getElementById(box.getAttribute("data-table"));
      var chart = echarts.init(box);
      chart.setOption(kinds[box.getAttribute("data-chart")](read(table)));
      chart.on("click", function (p) { if (p.data && p.data.href) { window.location = p.data.href; } });
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
  if (document.readyState === "complete") { draw(); } else { window.addEventListener("load", draw); }
})();
