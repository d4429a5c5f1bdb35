// Render every chart on the page with the vendored vega-embed.
//
// A chart is a <div class="chart" data-spec="ID"> plus a <script type="application/json" id="ID">
// holding its Vega-Lite spec, data included. The JSON is parsed, never evaluated, and the page has
// no inline script: the Content-Security-Policy forbids inline code, so article text that slipped
// through as markup still could not run.
(function () {
  "use strict";

  function renderCharts() {
    var containers = document.querySelectorAll("div.chart[data-spec]");
    containers.forEach(function (el) {
      var source = document.getElementById(el.getAttribute("data-spec"));
      if (!source) {
        return;
      }
      var spec;
      try {
        spec = JSON.parse(source.textContent);
      } catch (err) {
        el.textContent = "Chart data could not be read.";
        console.error("detente: bad chart spec", err);
        return;
      }
      vegaEmbed(el, spec, {
        renderer: "svg",
        actions: { export: true, source: false, compiled: false, editor: false },
      })
        .then(function () {
          el.setAttribute("data-rendered", "true");
        })
        .catch(function (err) {
          el.textContent = "Chart could not be drawn: " + err.message;
          console.error("detente: chart failed", err);
        });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderCharts);
  } else {
    renderCharts();
  }
})();
