// The timeline page: one loop between the plotly chart, the address bar and htmx.
//
// The server renders everything for the URL's view state. This script draws the figure data
// that came with the page, and after a zoom or pan it pushes the new range into the address
// bar and asks htmx for the results partial of that URL (list, counts, figure data).
(function () {
  "use strict";

  const chart = document.getElementById("chart");
  if (!chart || typeof Plotly === "undefined") {
    return;
  }
  const eventUrlTemplate = chart.dataset.eventUrlTemplate; // ".../events/0/"
  // Only the tools that change the range: selection tools would do nothing here, and fewer
  // buttons keep the mode bar clear of the legend.
  const config = {
    responsive: true,
    displaylogo: false,
    scrollZoom: true,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage", "sendDataToCloud", "toggleSpikelines"],
  };
  const DEBOUNCE_MS = 400;
  let drawing = false;
  let timer = null;

  function figureData() {
    const script = document.getElementById("figure-data");
    return script ? JSON.parse(script.textContent) : null;
  }

  function draw() {
    const figure = figureData();
    if (!figure) {
      return Promise.resolve();
    }
    drawing = true;
    chart.dataset.detail = figure.meta.detail;
    chart.dataset.total = figure.meta.total;
    return Plotly.react(chart, figure.data, figure.layout, config).then(function () {
      drawing = false;
      chart.dataset.ready = "true";
    });
  }

  function isoDay(value) {
    return String(value).slice(0, 10);
  }

  function dayBefore(value) {
    const day = new Date(isoDay(value) + "T00:00:00Z");
    day.setUTCDate(day.getUTCDate() - 1);
    return day.toISOString().slice(0, 10);
  }

  // The figure's x range ends the day after the last day shown, so "to" is the day before.
  function rangeFromRelayout(update) {
    if (update["xaxis.range[0]"] !== undefined) {
      return [update["xaxis.range[0]"], update["xaxis.range[1]"]];
    }
    if (Array.isArray(update["xaxis.range"])) {
      return update["xaxis.range"];
    }
    return null;
  }

  function urlWith(changes) {
    const url = new URL(window.location.href);
    Object.entries(changes).forEach(function ([key, value]) {
      if (value === null) {
        url.searchParams.delete(key);
      } else {
        url.searchParams.set(key, value);
      }
    });
    url.searchParams.delete("page");
    return url;
  }

  function setRangeInputs(from, to) {
    const form = document.getElementById("filters");
    if (form) {
      form.elements.from.value = from;
      form.elements.to.value = to;
    }
  }

  function loadResults(url) {
    return htmx.ajax("GET", url.pathname + url.search, { target: "#results", swap: "innerHTML" });
  }

  function onRelayout(update) {
    if (drawing) {
      return;
    }
    const range = rangeFromRelayout(update);
    const autorange = update["xaxis.autorange"] === true;
    if (!range && !autorange) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(function () {
      const from = range ? isoDay(range[0]) : null;
      const to = range ? dayBefore(range[1]) : null;
      const url = urlWith({ from: from, to: to });
      history.pushState({ timeline: true }, "", url);
      setRangeInputs(from || "", to || "");
      loadResults(url);
    }, DEBOUNCE_MS);
  }

  function onClick(data) {
    const point = data.points && data.points[0];
    if (!point || point.customdata === undefined) {
      return;
    }
    const id = String(point.customdata);
    history.pushState({ timeline: true }, "", selectionUrl(id));
    loadDetail(id);
    markSelected(id);
  }

  // The address a click on the event's list entry would push (the whole view state, its
  // default range included), so a point and its entry give the same link. An event on
  // another page of the list only adds itself to the current address.
  function selectionUrl(id) {
    const link = document.querySelector("#e-" + id + " a");
    return link ? new URL(link.href) : urlWith({ event: id });
  }

  // The ring around the selected event's points: the server draws it for the URL's event;
  // a selection made here moves it. Each ring shares its trace's offsetgroup, so it sits on
  // the point wherever scattermode "group" put it.
  function ringSelected(id) {
    if (!chart.data) {
      return;
    }
    const points = chart.data.filter(function (trace) {
      return trace.meta !== "ring";
    });
    const rings = [];
    points.forEach(function (trace) {
      const x = [];
      const y = [];
      (trace.customdata || []).forEach(function (eventId, index) {
        if (id !== null && String(eventId) === String(id)) {
          x.push(trace.x[index]);
          y.push(trace.y[index]);
        }
      });
      if (x.length) {
        rings.push({
          type: "scatter", mode: "markers", orientation: "h", offsetgroup: trace.offsetgroup,
          name: "selected event", meta: "ring", showlegend: false, hoverinfo: "skip", x: x, y: y,
          marker: { symbol: "circle-open", size: 20, color: "#1d2430", line: { width: 3, color: "#1d2430" } },
        });
      }
    });
    drawing = true;
    Plotly.react(chart, points.concat(rings), chart.layout, config).then(function () {
      drawing = false;
    });
  }

  function markSelected(id) {
    ringSelected(id);
    document.querySelectorAll(".event-item.selected").forEach(function (item) {
      item.classList.remove("selected");
      item.querySelector("a").removeAttribute("aria-current");
    });
    const item = document.getElementById("e-" + id);
    if (item) {
      item.classList.add("selected");
      item.querySelector("a").setAttribute("aria-current", "true");
    }
  }

  function loadDetail(id) {
    return htmx.ajax("GET", eventUrlTemplate.replace(/0\/$/, id + "/"), { target: "#detail", swap: "innerHTML" });
  }

  // Back and Forward: replay the results request for the URL the history now shows; the
  // partial carries the details panel too. This one handler serves the entries pushed here
  // and those htmx pushed (see historyCacheMiss).
  function onPopState() {
    const url = new URL(window.location.href);
    syncForm(url);
    loadResults(url);
  }

  // The filter form shows the state of the URL the history now shows.
  function syncForm(url) {
    const form = document.getElementById("filters");
    if (!form) {
      return;
    }
    Array.from(form.elements).forEach(function (control) {
      if (!control.name) {
        return;
      }
      const values = url.searchParams.getAll(control.name);
      if (control.tagName === "SELECT") {
        Array.from(control.options).forEach(function (option, index) {
          option.selected = control.multiple ? values.includes(option.value) : (values.length ? values[values.length - 1] === option.value : index === 0);
        });
      } else {
        control.value = values.length ? values[values.length - 1] : "";
      }
    });
  }

  // The embed's "open this view" link follows the view.
  function syncViewLinks() {
    document.querySelectorAll("a[data-view-link]").forEach(function (link) {
      link.href = link.dataset.viewLink + window.location.search;
    });
  }

  // The list is the chart's accessible twin: arrow keys, Home and End move between entries.
  function onListKey(event) {
    const link = event.target.closest("#event-list a");
    if (!link) {
      return;
    }
    const links = Array.from(document.querySelectorAll("#event-list a"));
    const at = links.indexOf(link);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
    if (next === undefined) {
      return;
    }
    links[Math.max(0, Math.min(links.length - 1, next))].focus();
    event.preventDefault();
  }


  // htmx keeps no page snapshots here (historyCacheSize 0); stop it reloading the whole
  // body on Back, since onPopState already fetches what changed.
  document.body.addEventListener("htmx:historyCacheMiss", function (event) {
    event.preventDefault();
  });

  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id === "results") {
      draw();
    }
    syncViewLinks();
    if (event.detail.target.id === "detail") {
      const detail = event.detail.target.querySelector("[data-event-id]");
      if (detail) {
        markSelected(detail.dataset.eventId);
      }
    }
  });

  draw().then(function () {
    chart.on("plotly_relayout", onRelayout);
    chart.on("plotly_click", onClick);
  });
  window.addEventListener("popstate", onPopState);
  document.body.addEventListener("htmx:pushedIntoHistory", syncViewLinks);
  document.addEventListener("keydown", onListKey);
})();
