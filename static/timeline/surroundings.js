// An event page's small chart of the events around it: drawn from the figure data that came
// with the page; a click on a point opens that event's page.
(function () {
  "use strict";

  const chart = document.getElementById("surroundings");
  const script = document.getElementById("figure-data");
  if (!chart || !script || typeof Plotly === "undefined") {
    return;
  }
  const figure = JSON.parse(script.textContent);
  const config = { responsive: true, displaylogo: false, displayModeBar: false };

  Plotly.newPlot(chart, figure.data, figure.layout, config).then(function () {
    chart.dataset.ready = "true";
    chart.on("plotly_click", function (data) {
      const point = data.points && data.points[0];
      if (point && point.customdata !== undefined) {
        window.location.href = chart.dataset.eventUrlTemplate.replace(/0\/$/, point.customdata + "/");
      }
    });
  });
})();
