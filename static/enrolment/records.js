// Learner's records: forms marked data-once submit once (a double click sends one request), and the
// My learning hours chart (Apache ECharts from static/vendor).
(function () {
    "use strict";
    document.querySelectorAll("form[data-once]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (form.dataset.sent) {
                event.preventDefault();
                return;
            }
            form.dataset.sent = "1";
            form.querySelectorAll("button[type=submit]").forEach(function (button) {
                button.setAttribute("aria-disabled", "true");
            });
        });
    });

    var holder = document.getElementById("hours-chart");
    var source = document.getElementById("hours-chart-data");
    if (!holder || !source || !window.echarts) {
        return;
    }
    var data = JSON.parse(source.textContent);
    var chart = window.echarts.init(holder, null, { renderer: "svg" });
    chart.setOption({
        animation: false,
        grid: { left: 40, right: 12, top: 36, bottom: 28 },
        legend: { top: 0, textStyle: { fontSize: 12 } },
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: data.years },
        yAxis: { type: "value" },
        series: [
            { name: data.labels.professional, type: "bar", stack: "hours", data: data.professional, itemStyle: { color: "#9b1c2c" } },
            {
                name: data.labels.general, type: "bar", stack: "hours", data: data.general, itemStyle: { color: "#d79b3b" },
                markLine: { symbol: "none", label: { formatter: data.labels.required }, lineStyle: { type: "dashed", color: "#333" }, data: [{ yAxis: data.required }] }
            }
        ]
    });
    window.addEventListener("resize", function () { chart.resize(); });
})();
