/* npf-graph view: every piece of data is written with textContent, never as HTML. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  const tooltip = (n) => {
    const box = el("div", null, "tip");
    box.appendChild(el("strong", n.detail.title || n.detail.sentence || n.detail.concept || n.detail.name || n.label));
    if (n.detail.kind) box.appendChild(el("div", "kind: " + n.detail.kind));
    if (n.detail.quote) box.appendChild(el("div", n.detail.quote));
    if (n.detail.burst) box.appendChild(el("div", "burst: " + n.detail.burst.join("; ")));
    return box;
  };
  const big = data.nodes.length > 1000;
  const kindStyle = data.kinds;
  const offKinds = new Set(data.offKinds || []);
  const edgeKinds = data.edgeKinds || {};
  const offClaimKinds = new Set(data.offClaimKinds || []);
  // a ring (a burst) is the node's border, kept when it is selected or hovered
  const paint = (n, fill) => (n.ring
    ? { background: fill, border: n.ring, highlight: { background: fill, border: n.ring }, hover: { background: fill, border: n.ring } }
    : fill);
  // only what a node or link needs goes to vis-network: every key it gets costs it work for each of
  // thousands of items; tooltips are made when first hovered (see below).
  // Small labels (past 1,000 nodes) are drawn by vis-network only once zoomed in (font size x scale
  // of 4 px or more): a node whose label hangs outside its shape gets it when it is first drawn at such a
  // scale (see below), so the first paint measures only the labels it shows
  const OUTSIDE = new Set(["dot", "triangle", "triangleDown", "diamond", "square", "star", "hexagon"]);
  const labelLater = (n) => big && !n.hoverLabel && n.fontSize < 14 && OUTSIDE.has(n.shape);
  const labelOf = (n) => n.label + (n.badge ? " " + n.badge : "");
  let unlabelled = data.nodes.filter(labelLater);
  const smallest = Math.min(...unlabelled.map((n) => n.fontSize));
  const nodes = new vis.DataSet(data.nodes.map((n) => {
    // claims show their text on hover only, so a thousand of them stay readable
    const node = { id: n.id, label: n.hoverLabel || labelLater(n) ? "" : labelOf(n), shape: n.shape,
      color: paint(n, n.color), size: n.size, hidden: offKinds.has(n.kind) || offClaimKinds.has(n.claimKind) };
    if (n.x !== undefined) { node.x = n.x; node.y = n.y; }
    if (n.ring) { node.borderWidth = 4; node.borderWidthSelected = 5; }
    if (n.fontSize) node.font = { size: n.fontSize };
    if (n.shape === "box") node.font = Object.assign(node.font || {}, { color: n.fontColor || "#ffffff" });
    return node;
  }));
  // link widths from 1 to 6 pixels by weight (1 when all weigh the same), computed once here
  let lightest = Infinity, heaviest = -Infinity;
  data.edges.forEach((e) => { lightest = Math.min(lightest, e.value); heaviest = Math.max(heaviest, e.value); });
  const widthOf = (v) => (heaviest > lightest ? 1 + (5 * (v - lightest)) / (heaviest - lightest) : 1);
  // colours given with their opacity: vis-network would parse a colour and an opacity at every draw;
  // what most links share (grey, 1 px, no arrow, shown) is the global edge option, so a link carries
  // only where it differs: vis-network merges every key of every item
  const grey = { color: "rgba(153,153,153,0.6)", inherit: false }, red = { color: "#d62728", inherit: false };
  const arrow = { to: { enabled: true, scaleFactor: 0.6 } };
  const edgeItems = data.edges.map((e, i) => {
    const edge = { id: i, from: e.from, to: e.to };
    const width = Math.max(widthOf(e.value), e.highlight ? 3 : 1);
    if (width !== 1) edge.width = width;
    if (e.highlight) edge.color = red;
    if (edgeKinds[e.kind] === false) edge.hidden = true;
    if (e.arrow) edge.arrows = arrow;
    if (e.length) edge.length = e.length;
    return edge;
  });
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const options = {
    nodes: { font: { face: "Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif", size: 14 } },
    edges: { smooth: false, color: grey, width: 1 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    physics: data.physics
      ? { enabled: true, solver: "barnesHut",
          barnesHut: { gravitationalConstant: -6000, centralGravity: 0.45, springLength: 120, springConstant: 0.04,
            avoidOverlap: 0.8 },
          stabilization: { enabled: true, iterations: 250, updateInterval: 50 } }
      : { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
  };
  // links carry no label, and neither do the nodes whose small labels wait for a zoom, but vis-network
  // works out the label fonts of each item it makes (half the cost of making a link): its Node and Edge
  // classes, shown by a network of one node and one link, skip that until an item first has a label
  const probe = new vis.Network(document.createElement("div"), { nodes: [{ id: 0 }], edges: [{ id: 0, from: 0, to: 0 }] },
    { physics: { enabled: false }, layout: { improvedLayout: false } });
  [probe.body.nodes[0], probe.body.edges[0]].forEach((item) => {
    const cls = Object.getPrototypeOf(item), update = cls.updateLabelModule;
    if (typeof update !== "function" || cls.npfFontsWhenLabelled) return;
    cls.npfFontsWhenLabelled = true;
    cls.updateLabelModule = function (changed) {
      if (!this.npfFonts && !this.options.label && !(changed && changed.label) && !this.options.group) {
        this.options.label = undefined;  // as vis-network leaves an empty label: nothing to draw
        return;
      }
      this.npfFonts = true;
      update.call(this, changed);
    };
  });
  probe.destroy();
  const edges = new vis.DataSet(edgeItems);
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes, edges }, options);
  window.npfNetwork = network;
  // the small labels of the nodes in view (and a margin), given as a draw at a readable scale starts
  network.on("beforeDrawing", () => {
    if (!unlabelled.length || smallest * network.getScale() < 4) return;
    const canvas = container.querySelector("canvas"), a = network.DOMtoCanvas({ x: 0, y: 0 });
    const b = network.DOMtoCanvas({ x: canvas.clientWidth, y: canvas.clientHeight });
    const shown = [], rest = [];
    unlabelled.forEach((n) => {  // a label hangs under its node and is up to about 16 characters wide
      const at = network.body.nodes[n.id], dx = n.fontSize * 9 + n.size, dy = n.fontSize * 3 + n.size;
      (at && at.x >= a.x - dx && at.x <= b.x + dx && at.y >= a.y - dy && at.y <= b.y + dy ? shown : rest).push(n);
    });
    if (!shown.length) return;
    unlabelled = rest;
    nodes.update(shown.map((n) => ({ id: n.id, label: labelOf(n) })));
  });
  window.npfReady = false;
  const ready = () => { window.npfReady = true; document.body.dataset.ready = "true"; };
  if (data.physics) {
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      ready();
    });
  } else {  // positions are known: vis-network fitted them while it was made, before the first paint
    network.once("afterDrawing", ready);
  }
  window.addEventListener("resize", () => network.fit({ animation: false }));

  // header: counts, legend, note
  document.getElementById("counts").textContent = `${data.nodes.length} nodes · ${data.edges.length} edges`;
  const legend = document.getElementById("legend");
  const filters = document.getElementById("kind-filters");
  const toggle = (text, cls, key, value, on = true) => {
    const label = el("label");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = on; box.className = cls; box.dataset[key] = value;
    box.addEventListener("change", applyFilters);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + text));
    filters.appendChild(label);
  };
  // co-citation clusters colour their nodes: a legend over the graph, largest first, the rest as "other"
  const clusters = data.clusters || [];
  const clustered = new Set(data.nodes.filter((n) => n.cluster !== null && n.cluster !== undefined).map((n) => n.kind));
  if (clusters.length) {
    const box = document.getElementById("cluster-legend");
    box.appendChild(el("summary", "Co-citation clusters · nodes"));
    const list = el("ol");
    clusters.forEach((c) => {
      const item = el("li", null, "cluster");
      item.dataset.cluster = c.cluster === null ? "other" : String(c.cluster);
      item.title = c.terms.join("、");
      const sw = el("span", null, "swatch");
      sw.style.background = c.color;
      item.append(sw, el("span", (c.cluster === null ? "" : `#${c.cluster} `) + c.label, "name"), el("span", c.size, "size"));
      list.appendChild(item);
    });
    box.appendChild(list);
    box.hidden = false;
  }
  Object.entries(kindStyle).forEach(([kind, style]) => {
    const item = el("span", null, "item");
    const sw = el("span", null, "swatch");
    // a kind coloured by cluster shows the clusters' colours in its swatch
    sw.style.background = clustered.has(kind) && clusters.length
      ? `linear-gradient(90deg, ${clusters.slice(0, 4).map((c) => c.color).join(", ")})` : style.color;
    item.appendChild(sw);
    item.appendChild(document.createTextNode(`${style.name} (${style.shape}${clustered.has(kind) ? ", colour = cluster" : ""})`));
    legend.appendChild(item);
    toggle(kind, "kind-toggle", "kind", kind, !offKinds.has(kind));
  });
  // marks drawn on nodes (a burst's ring): a hollow swatch in the mark's colour
  (data.marks || []).forEach((m) => {
    const item = el("span", null, "item mark");
    const sw = el("span", null, "swatch ring");
    sw.style.borderColor = m.color;
    item.append(sw, document.createTextNode(m.name));
    legend.appendChild(item);
  });
  // optional layers of links (co-citation, coupling) get switches of their own
  Object.entries(edgeKinds).forEach(([kind, on]) => toggle(`${kind} links`, "edge-toggle", "edgeKind", kind, on));
  // claim kinds get their own switches with their counts (assertions off until asked for)
  const claimCounts = new Map();
  data.nodes.forEach((n) => { if (n.claimKind) claimCounts.set(n.claimKind, (claimCounts.get(n.claimKind) || 0) + 1); });
  [...claimCounts.keys()].sort()
    .forEach((ck) => toggle(`${ck} (${claimCounts.get(ck)})`, "claim-kind-toggle", "claimKind", ck, !offClaimKinds.has(ck)));
  if (data.note) { const note = document.getElementById("note"); note.textContent = data.note; note.hidden = false; }

  // document filter
  const docSelect = document.getElementById("doc-filter");
  data.documents.forEach((d) => { const o = el("option", d.title); o.value = d.id; docSelect.appendChild(o); });
  docSelect.addEventListener("change", applyFilters);

  function applyFilters() {
    const shown = new Set([...document.querySelectorAll(".kind-toggle")].filter((b) => b.checked).map((b) => b.dataset.kind));
    const doc = docSelect.value;
    let inDoc = null;
    if (doc) {
      const docNodes = data.nodes.filter((n) => n.doc === doc).map((n) => n.id);
      inDoc = new Set(docNodes);
      docNodes.forEach((id) => network.getConnectedNodes(id).forEach((m) => inDoc.add(m)));
    }
    const kindsOn = new Set([...document.querySelectorAll(".claim-kind-toggle")].filter((b) => b.checked).map((b) => b.dataset.claimKind));
    // always a boolean: vis-network draws a node only when `hidden` is exactly false
    const hide = (n) => Boolean(!shown.has(n.kind) || (inDoc !== null && !inDoc.has(n.id)) ||
      (n.claimKind && !kindsOn.has(n.claimKind)));
    nodes.update(data.nodes.map((n) => ({ id: n.id, hidden: hide(n) })));
    const linksOn = new Set([...document.querySelectorAll(".edge-toggle")].filter((b) => b.checked).map((b) => b.dataset.edgeKind));
    edges.update(data.edges.map((e, i) => ({ id: i, hidden: e.kind in edgeKinds && !linksOn.has(e.kind) })));
    network.fit({ animation: false });
  }

  // physics and community colours
  const physics = document.getElementById("physics");
  physics.checked = false;
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));
  const commColors = document.getElementById("color-communities");
  commColors.addEventListener("change", () => {
    nodes.update(data.nodes.map((n) => ({ id: n.id, color: paint(n, commColors.checked ? n.communityColor : n.color) })));
  });

  // side panel
  const panel = document.getElementById("panel");
  function show(id) {
    const n = byId.get(id);
    if (!n) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", n.detail.title || n.detail.concept || n.detail.name || n.label));
    const dl = el("dl");
    const add = (k, v) => {
      if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) return;
      dl.appendChild(el("dt", k));
      if (Array.isArray(v)) v.forEach((x) => dl.appendChild(el("dd", x)));
      else dl.appendChild(el("dd", v));
    };
    add("type", n.kind + (n.claimKind ? ` (${n.claimKind})` : ""));
    Object.entries(n.detail).forEach(([k, v]) => add(k, v));
    if (data.communities[String(n.community)]) add("community", data.communities[String(n.community)]);
    panel.appendChild(dl);
    if (n.link) {
      const a = el("a", "Open in the text →", "reader-link");
      a.href = n.link;
      panel.appendChild(a);
    }
  }
  network.on("click", (p) => { if (p.nodes.length) show(p.nodes[0]); });
  // a tooltip is made the first time its node or link is hovered (vis-network shows it after tooltipDelay)
  const tipped = new Set();
  network.on("hoverNode", (p) => {
    const n = byId.get(p.node);
    if (!n) return;
    const update = { id: n.id };
    if (!tipped.has(n.id)) { tipped.add(n.id); update.title = tooltip(n); }
    if (n.hoverLabel) update.label = n.label;
    if (Object.keys(update).length > 1) nodes.update(update);
  });
  network.on("hoverEdge", (p) => {
    const e = data.edges[p.edge];
    if (e && !tipped.has("edge " + p.edge)) {
      tipped.add("edge " + p.edge);
      edges.update({ id: p.edge, title: e.kind + (e.value > 1 ? ` (${e.value})` : "") });
    }
  });
  network.on("blurNode", (p) => { const n = byId.get(p.node); if (n && n.hoverLabel) nodes.update({ id: n.id, label: "" }); });

  // search: every node whose label, English or alternative label or details hold the query
  // (exact matches first); Enter or "next" steps through the hits, Shift+Enter or "previous" back
  const search = document.getElementById("search");
  const result = document.getElementById("search-result");
  const lower = (x) => String(x || "").toLowerCase();
  let haystack = null;  // every node's searchable text, made at the first search
  const text = (n) => {
    if (haystack === null) haystack = new Map(data.nodes.map((m) => [m.id, lower([m.label, ...(m.terms || []), JSON.stringify(m.detail)].join("\n"))]));
    return haystack.get(n.id);
  };
  let hits = [];
  let at = -1;
  let asked = null;
  function matches(q) {
    const ql = lower(q);
    const exact = data.nodes.filter((n) => lower(n.label) === ql || lower(n.detail.concept) === ql ||
      (n.terms || []).some((t) => lower(t) === ql));
    const first = new Set(exact.map((n) => n.id));
    return exact.concat(data.nodes.filter((n) => !first.has(n.id) && text(n).includes(ql)));
  }
  function step(direction) {
    const q = search.value.trim();
    if (!q) return;
    if (q !== asked) { asked = q; hits = matches(q); at = direction > 0 ? -1 : 0; }
    if (!hits.length) { result.textContent = "not found"; return; }
    at = (at + direction + hits.length) % hits.length;
    const hit = hits[at];
    result.textContent = `${at + 1} / ${hits.length} found`;
    nodes.update({ id: hit.id, hidden: false });
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2, animation: false });
    show(hit.id);
  }
  document.getElementById("search-go").addEventListener("click", () => step(1));
  document.getElementById("search-next").addEventListener("click", () => step(1));
  document.getElementById("search-prev").addEventListener("click", () => step(-1));
  search.addEventListener("keydown", (e) => { if (e.key === "Enter") step(e.shiftKey ? -1 : 1); });
})();
