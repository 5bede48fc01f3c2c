/* Draws every chart of a page: a <div data-chart="ID"> gets the Plotly spec in
   <script type="application/json" id="ID">. The specs are built on the server (web/charts.py);
   the map's outlines come from /static/topojson/, never from a CDN. */
(function () {
  "use strict";
  if (typeof Plotly === "undefined") { return; }
  var config = {
    displaylogo: false,
    responsive: true,
    topojsonURL: "/static/topojson/",
    modeBarButtonsToRemove: ["lasso2d", "select2d", "autoScale2d"],
    locale: "de"
  };
  var nodes = document.querySelectorAll("[data-chart]");
  Array.prototype.forEach.call(nodes, function (el) {
    var source = document.getElementById(el.getAttribute("data-chart"));
    if (!source) { return; }
    var spec;
    try { spec = JSON.parse(source.textContent); } catch (e) { return; }
    Plotly.newPlot(el, spec.data || [], spec.layout || {}, config).then(function () {
      el.setAttribute("data-drawn", "true");
      if (!spec.links) { return; }
      el.on("plotly_click", function (ev) {
        var point = ev && ev.points && ev.points[0];
        var url = point && point.customdata && point.customdata[1];
        // only paths on this site
        if (typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/") {
          window.location.href = url;
        }
      });
    });
  });
})();
