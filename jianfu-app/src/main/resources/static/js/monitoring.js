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
  var base = { grid: { left: 48, right: 16, top: 36, bottom: 60 }, tooltip: { trigger: "axis" }, legend: { top: 0 },
    animation: false, textStyle: { fontFamily: "PingFang SC, Noto Sans CJK SC, Microsoft YaHei, sans-serif" } };
  var kinds = {
    "target-bars": function (d) {
      return Object.assign({}, base, {
        xAxis: { type: "category", data: col(d.rows, 0), axisLabel: { interval: 0, rotate: d.rows.length > 6 ? 40 : 0 } },
        yAxis: { type: "value" },
        series: [
          { name: d.head[1], type: "bar", data: col(d.rows, 1), itemStyle: { color: GREY }, label: { show: d.rows.length <= 8, position: "top" } },
          { name: d.head[2], type: "bar", label: { show: d.rows.length <= 8, position: "top" },
            data: d.rows.map(function (r) { return { value: r[2], itemStyle: { color: r[5] === "达标" ? GREEN : r[5] === "未达标" ? RED : ACCENT } }; }) },
          { name: d.head[3], type: "scatter", symbol: "rect", symbolSize: [26, 3], itemStyle: { color: DARK }, data: col(d.rows, 3) }
        ]
      });
    },
    "treemap": function (d) {
      return { animation: false, tooltip: {}, series: [{ type: "treemap", roam: false, nodeClick: false, breadcrumb: { show: false },
        label: { formatter: "{b}\n{c}" },
        data: d.rows.map(function (r) { return { name: r[0], value: r[1], href: r.href }; }) }] };
    },
    "trend": function (d) {
      return Object.assign({}, base, {
        xAxis: { type: "category", data: col(d.rows, 0) }, yAxis: { type: "value" },
        series: [{ name: d.head[1], type: "line", data: col(d.rows, 1), itemStyle: { color: ACCENT }, label: { show: true } },
                 { name: d.head[2], type: "line", data: col(d.rows, 2), itemStyle: { color: GREY } }]
      });
    },
    "bars": function (d) {
      var last = d.head.length - 1;
      return Object.assign({}, base, {
        xAxis: { type: "category", data: col(d.rows, 0), axisLabel: { interval: 0, rotate: d.rows.length > 6 ? 40 : 0 } },
        yAxis: { type: "value" },
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
