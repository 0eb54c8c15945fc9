// earlywarn operations dashboard: plain JS and SVG, no dependencies.
// Feed text is hostile: every string goes in through textContent or setAttribute, never as
// markup, and links are kept only when they are http(s). The server's CSP forbids inline code.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const LEVELS = ["quiet", "watch", "warning", "critical"];
  const LEVEL_NAMES = { quiet: "sin escalamiento", watch: "vigilancia", warning: "alerta", critical: "crítico" };
  const state = { levels: {}, names: {}, alerts: [], selected: null, shown: new Set() };

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function levelName(level) {
    return typeof level === "number" ? LEVELS[level] || "quiet" : LEVELS.includes(level) ? level : "quiet";
  }

  function when(iso) {
    const d = new Date(iso);
    return isNaN(d) ? "" : d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  }

  // ---------------------------------------------------------------- map
  async function drawMap() {
    const response = await fetch("/dashboard/static/peru_departments.geojson");
    const geo = await response.json();
    const map = document.getElementById("map");
    let minX = 180, maxX = -180, minY = 90, maxY = -90;
    for (const f of geo.features) for (const poly of f.geometry.coordinates) for (const ring of poly)
      for (const [x, y] of ring) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
    const kx = Math.cos(((minY + maxY) / 2) * Math.PI / 180);
    const width = (maxX - minX) * kx, height = maxY - minY;
    const scale = 1000 / Math.max(width, height);
    map.setAttribute("viewBox", `0 0 ${(width * scale).toFixed(0)} ${(height * scale).toFixed(0)}`);
    const project = ([x, y]) => `${((x - minX) * kx * scale).toFixed(1)},${((maxY - y) * scale).toFixed(1)}`;
    for (const f of geo.features) {
      const code = String(f.properties.ubigeo);
      state.names[code] = state.names[code] || String(f.properties.name);
      let d = "";
      for (const poly of f.geometry.coordinates) for (const ring of poly) d += "M" + ring.map(project).join("L") + "Z";
      const path = svg("path", { d, "data-ubigeo": code, class: "level-quiet" });
      const title = svg("title");
      title.textContent = state.names[code];
      path.appendChild(title);
      path.addEventListener("click", () => selectRegion(code));
      map.appendChild(path);
    }
    paintMap();
  }

  function paintMap() {
    for (const path of document.querySelectorAll("#map path")) {
      const code = path.getAttribute("data-ubigeo");
      const level = levelName(state.levels[code] ?? 0);
      path.setAttribute("class", "level-" + level + (code === state.selected ? " selected" : ""));
      path.setAttribute("data-level", level);
      path.firstChild.textContent = `${state.names[code] || code}: ${LEVEL_NAMES[level]}`;
    }
  }

  // ---------------------------------------------------------------- alerts
  function alertItem(a, fresh) {
    const level = levelName(a.level);
    const li = el("li", {
      class: `level-${level} status-${a.status}${fresh ? " fresh" : ""}`,
      "data-alert-id": a.id,
      "data-department": a.department,
      "data-status": a.status,
    });
    const head = el("div", { class: "alert-head" });
    head.appendChild(el("span", { class: `badge level-${level}` }, LEVEL_NAMES[level]));
    if (a.status === "resolved") head.appendChild(el("span", { class: "badge status-resolved" }, "resuelta"));
    head.appendChild(document.createTextNode(`${a.region_name} — ${a.category}`));
    li.appendChild(head);
    li.appendChild(el("div", { class: "alert-meta" },
      `observados ${a.observed}, esperados ${a.expected}, umbral ${a.threshold} · ventana ${when(a.window_start)} → ${when(a.window_end)}`));
    li.appendChild(el("p", { class: "alert-why" }, a.explanation));
    const sources = el("ul", { class: "sources" });
    for (const s of a.sources || []) {
      const item = el("li");
      const href = safeUrl(s.url);
      const label = `${s.title} (${s.source}, ${when(s.occurred_at)})`;
      if (href) {
        const link = el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
        item.appendChild(link);
      } else {
        item.textContent = label;
      }
      sources.appendChild(item);
    }
    li.appendChild(sources);
    li.addEventListener("click", () => selectRegion(String(a.department)));
    return li;
  }

  function addAlert(a, fresh) {
    if (state.shown.has(a.id)) return;
    state.shown.add(a.id);
    const list = document.getElementById("alerts");
    list.insertBefore(alertItem(a, fresh), list.firstChild);
    while (list.children.length > 200) list.removeChild(list.lastChild);
    document.getElementById("alert-count").textContent = String(list.children.length);
    document.getElementById("no-alerts").hidden = list.children.length > 0;
  }

  // ---------------------------------------------------------------- trends
  async function selectRegion(code) {
    state.selected = code;
    paintMap();
    const response = await fetch(`/api/trends/${encodeURIComponent(code)}`);
    if (!response.ok) return;
    const trend = await response.json();
    if (state.selected !== code) return; // a newer click won
    document.getElementById("trend-region").textContent = trend.name;
    const box = document.getElementById("trends");
    box.replaceChildren();
    if (!trend.charts.length) box.appendChild(el("p", { class: "empty" }, "Sin incidentes recientes."));
    for (const chart of trend.charts) box.appendChild(drawChart(chart, trend.window_hours));
  }

  function drawChart(chart, windowHours) {
    const W = 600, H = 180, L = 30, R = 8, T = 8, B = 20;
    const pts = chart.points;
    const wrap = el("figure", { class: "chart", "data-category": chart.category });
    wrap.appendChild(el("h3", {}, `${chart.category} — incidentes en ${windowHours} h`));
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img" });
    const t0 = Date.parse(pts[0].end), t1 = Date.parse(pts[pts.length - 1].end);
    const ymax = Math.max(1, ...pts.map((p) => Math.max(p.count, p.threshold))) * 1.1;
    const x = (t) => L + ((t - t0) / Math.max(1, t1 - t0)) * (W - L - R);
    const y = (v) => H - B - (v / ymax) * (H - T - B);
    const line = (key) => pts.map((p) => `${x(Date.parse(p.end)).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ");
    const upper = pts.map((p) => `${x(Date.parse(p.end)).toFixed(1)},${y(p.threshold).toFixed(1)}`);
    const lower = pts.map((p) => `${x(Date.parse(p.end)).toFixed(1)},${y(p.expected).toFixed(1)}`).reverse();
    root.appendChild(svg("polygon", { class: "band", points: upper.concat(lower).join(" ") }));
    root.appendChild(svg("polyline", { class: "expected", points: line("expected") }));
    root.appendChild(svg("polyline", { class: "threshold", points: line("threshold") }));
    root.appendChild(svg("polyline", { class: "observed", points: line("count") }));
    for (const a of chart.alerts) {
      const t = Date.parse(a.at);
      if (t < t0 || t > t1) continue;
      root.appendChild(svg("line", { class: `marker-${a.status}`, x1: x(t), x2: x(t), y1: T, y2: H - B }));
    }
    for (const v of [0, Math.round(ymax / 1.1)]) {
      const label = svg("text", { class: "axis", x: 2, y: y(v) + 3 });
      label.textContent = String(v);
      root.appendChild(label);
    }
    for (const [t, anchor] of [[t0, "start"], [t1, "end"]]) {
      const label = svg("text", { class: "axis", x: x(t), y: H - 5, "text-anchor": anchor });
      label.textContent = when(new Date(t).toISOString());
      root.appendChild(label);
    }
    wrap.appendChild(root);
    return wrap;
  }

  // ---------------------------------------------------------------- live events
  function applyLevels(levels) {
    for (const [code, level] of Object.entries(levels)) state.levels[code] = level;
    paintMap();
  }

  function applySnapshot(snapshot) {
    const levels = {};
    for (const [code, d] of Object.entries(snapshot.departments)) {
      levels[code] = LEVELS.indexOf(d.level) < 0 ? 0 : LEVELS.indexOf(d.level);
      state.names[code] = d.name;
    }
    applyLevels(levels);
    for (const a of snapshot.alerts.slice().reverse()) addAlert(a, false);
    if (!state.selected && snapshot.alerts.length) selectRegion(String(snapshot.alerts[0].department));
  }

  function connect() {
    const status = document.getElementById("connection");
    const source = new EventSource("/api/events");
    source.addEventListener("open", () => { status.dataset.state = "live"; status.textContent = "en vivo"; });
    source.addEventListener("error", () => { status.dataset.state = "down"; status.textContent = "reconectando…"; });
    source.addEventListener("snapshot", (e) => applySnapshot(JSON.parse(e.data)));
    source.addEventListener("alert", (e) => {
      const data = JSON.parse(e.data);
      addAlert(data.alert, true);
      applyLevels(data.levels);
      const code = String(data.alert.department);
      if (!state.selected || state.selected === code) selectRegion(code);
    });
  }

  document.addEventListener("DOMContentLoaded", async () => {
    await drawMap();
    connect();
  });
})();
