// Dashboard charts, drawn by the vendored Chart.js from the page's json_script data ("dashboard-data").
// The figures themselves are in the tables beside the charts; without JavaScript nothing is lost.
(function () {
  "use strict";
  var source = document.getElementById("dashboard-data");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) {
      new Chart(canvas, config);
    }
  }

  function stacked(block) {
    return {
      labels: block.labels,
      datasets: data.labels.map(function (label, i) {
        return { label: label, data: block.series[i], backgroundColor: data.colours[i] };
      }),
    };
  }

  var stackedOptions = {
    maintainAspectRatio: false,
    animation: false,
    scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    plugins: { legend: { position: "bottom" } },
  };

  draw("chart-totals", {
    type: "doughnut",
    data: { labels: data.labels, datasets: [{ data: data.totals, backgroundColor: data.colours }] },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { position: "right" } } },
  });
  if (data.tasks) {
    draw("chart-tasks", { type: "bar", data: stacked(data.tasks), options: stackedOptions });
  }
  if (data.trend) {
    draw("chart-trend", { type: "bar", data: stacked(data.trend), options: stackedOptions });
  }
})();
