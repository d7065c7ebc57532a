// Readiness chart: predicted score per paper over time against the pass line (Apache ECharts,
// served from static/vendor/). The table beside each chart carries the same figures without it.
(function () {
  "use strict";
  function draw() {
    if (!window.echarts) { return; }
    var data = JSON.parse(document.getElementById("readiness-data").textContent);
    var labels = JSON.parse(document.getElementById("readiness-labels").textContent);
    data.forEach(function (paper) {
      var element = document.querySelector('.exam-chart[data-paper="' + paper.id + '"]');
      if (!element || !paper.points.length) { if (element) { element.hidden = true; } return; }
      var chart = window.echarts.init(element, null, { renderer: "svg" });
      chart.setOption({
        animation: false,
        grid: { left: 40, right: 16, top: 30, bottom: 30 },
        tooltip: { trigger: "axis" },
        legend: { data: [labels.predicted, labels.pass], top: 0 },
        xAxis: { type: "category", data: paper.points.map(function (p) { return p[0]; }) },
        yAxis: { type: "value", min: 0 },
        series: [
          { name: labels.predicted, type: "line", data: paper.points.map(function (p) { return p[1]; }), color: "#1f4e8c" },
          { name: labels.pass, type: "line", data: paper.points.map(function (p) { return p[2]; }), color: "#c8372d", lineStyle: { type: "dashed" }, symbol: "none" }
        ]
      });
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
