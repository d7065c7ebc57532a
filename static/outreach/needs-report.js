/* Draws the needs report's charts from the figures in #needs-report-data (ECharts, served locally). */
(function () {
  "use strict";
  function draw() {
    var source = document.getElementById("needs-report-data");
    if (!source || !window.echarts) return;
    var figures = JSON.parse(source.textContent);
    var trendingElement = document.querySelector('.needs-chart[data-chart="trending"]');
    var labels = function (rows) { return rows.map(function (r) { return r.label; }); };
    var counts = function (rows) { return rows.map(function (r) { return r.count; }); };
    var bar = function (rows, horizontal) {
      var category = { type: "category", data: labels(rows), axisLabel: { interval: 0, width: 90, overflow: "truncate" } };
      var value = { type: "value", minInterval: 1 };
      return {
        tooltip: { trigger: "axis" }, grid: { left: horizontal ? 100 : 40, right: 16, top: 16, bottom: horizontal ? 24 : 60 },
        xAxis: horizontal ? value : Object.assign(category, { axisLabel: { rotate: 30, interval: 0 } }),
        yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
        series: [{ type: "bar", data: counts(rows) }]
      };
    };
    var pie = function (rows) {
      return {
        tooltip: { trigger: "item" }, legend: { bottom: 0, type: "scroll" },
        series: [{ type: "pie", radius: ["35%", "65%"], data: rows.map(function (r) { return { name: r.label, value: r.count }; }) }]
      };
    };
    var options = {
      by_category: bar(figures.by_category, true),
      by_region: bar(figures.by_region, true),
      by_source: pie(figures.by_source),
      by_outcome: pie(figures.by_outcome),
      weekly: {
        tooltip: { trigger: "axis" }, grid: { left: 40, right: 16, top: 16, bottom: 40 },
        xAxis: { type: "category", data: figures.weekly.map(function (r) { return r.week; }) },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "line", smooth: true, areaStyle: {}, data: figures.weekly.map(function (r) { return r.count; }) }]
      },
      trending: {
        tooltip: { trigger: "axis" }, legend: { bottom: 0 }, grid: { left: 100, right: 16, top: 16, bottom: 40 },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", inverse: true, data: labels(figures.trending) },
        series: [
          { name: trendingElement && trendingElement.dataset.current, type: "bar", data: counts(figures.trending) },
          { name: trendingElement && trendingElement.dataset.previous, type: "bar", data: figures.trending.map(function (r) { return r.previous; }) }
        ]
      }
    };
    document.querySelectorAll(".needs-chart[data-chart]").forEach(function (element) {
      var chart = window.echarts.init(element);
      chart.setOption(options[element.dataset.chart]);
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw); else draw();
})();
