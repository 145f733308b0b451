"""Render a networkx view as one self-contained HTML file.

vis-network's script and stylesheet (the copies pyvis ships) are inlined, so the page
needs no network. The graph travels as JSON inside a `<script type="application/json">`
block with every `<` escaped; the page writes all text with `textContent`, so markup in a
document's text shows as text and never runs.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from npf_graph.analysis.graphs import communities, community_labels, pagerank
from npf_graph.view.layout import force_layout
from npf_graph.view.style import KINDS, OTHER_CLUSTERS, cluster_legend, kind_style, node_colour, text_colour

MAX_NODES = 5000
PHYSICS_LIMIT = 600
# past LABEL_LIMIT nodes only the LABELLED largest nodes (then the most linked) have labels of full size,
# readable from a low zoom; the others have small labels that show once the view is zoomed in
LABEL_LIMIT = 1000
LABELLED = 100
LABEL_SIZES = (20, 7)


@lru_cache(maxsize=8)
def _asset(name: str) -> str:
    """vis-network's files as pyvis ships them, or this package's own (view.css, view.js); read once."""
    if name.startswith("view."):
        return (Path(__file__).with_name("assets") / name).read_text(encoding="utf-8")
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def reduce_graph(g: nx.Graph, limit: int = MAX_NODES) -> tuple[nx.Graph, str | None]:
    """Keep the `limit` most central nodes (PageRank; degree beyond 20,000 nodes)."""
    if g.number_of_nodes() <= limit:
        return g, None
    if g.number_of_nodes() > 20000:
        score = dict(g.degree(weight="weight"))
        how = "degree"
    else:
        score = pagerank(g.to_undirected(as_view=True) if g.is_directed() else g)  # citing counts too
        how = "PageRank"
    keep = sorted(g.nodes, key=lambda n: (-score[n], str(n)))[:limit]
    sub = g.subgraph(keep).copy()
    sub.name = g.name
    note = (
        f"Reduced from {g.number_of_nodes():,} to {limit:,} nodes (the most central by {how}); "
        "use `npf-graph view --focus LABEL` for a neighbourhood."
    )
    return sub, note


def graph_payload(g: nx.Graph, note: str | None, reader_dir: str = "docs") -> dict:
    groups = communities(g) if g.number_of_nodes() <= 3000 else {n: 0 for n in g.nodes}
    group_names = community_labels(g, groups) if g.number_of_nodes() <= 3000 else {0: ""}
    positions = force_layout(g) if g.number_of_nodes() > PHYSICS_LIMIT else {}
    degree = dict(g.degree())
    sizes = Counter(d["cluster"] for _, d in g.nodes(data=True) if d.get("cluster") is not None)
    legend, cluster_colour = cluster_legend(sizes, g.graph.get("cluster_labels", {}))
    nodes = []
    for n, d in g.nodes(data=True):
        kind = d.get("kind", "other")
        style = kind_style(kind)
        cluster = d.get("cluster")
        colour = style["color"] if cluster is None else cluster_colour.get(cluster, OTHER_CLUSTERS)
        node = {
            "id": str(n),
            "label": str(d.get("label", n)),
            "kind": kind,
            "claimKind": d.get("claim_kind", ""),
            "shape": style["shape"],
            "color": colour,
            "fontColor": text_colour(colour),
            "ring": d.get("ring", ""),
            "badge": d.get("badge", ""),
            "cluster": cluster,
            "terms": list(d.get("terms", ())),
            "hoverLabel": bool(d.get("hover_label")),
            "community": groups.get(n, 0),
            "communityColor": node_colour(groups.get(n, 0)),
            "size": 10 + 3 * min(d.get("weight", degree[n]), 25),
            "doc": d.get("doc", ""),
            "link": f"{reader_dir}/{d['doc']}.html" + (f"#{d['anchor']}" if d.get("anchor") else "")
            if d.get("doc")
            else "",
            "detail": d.get("detail", {}),
        }
        if n in positions:
            node["x"], node["y"] = round(positions[n][0], 1), round(positions[n][1], 1)
        nodes.append(node)
    if len(nodes) > LABEL_LIMIT:
        _label_sizes(nodes, [degree[n] for n in g.nodes])
    directed = g.is_directed()
    edges = [
        {
            "from": str(a),
            "to": str(b),
            "kind": d.get("kind", ""),
            "value": d.get("weight", 1),
            "highlight": bool(d.get("highlight")),
            "arrow": directed and d.get("directed", True),
            "length": d.get("length"),
        }
        for a, b, d in g.edges(data=True)
    ]
    edge_kinds = sorted({e["kind"] for e in edges if e["kind"]})
    off_edges = set(g.graph.get("off_edges", ()))
    docs = sorted({(nd["doc"], nd["detail"].get("title", nd["label"])) for nd in nodes if nd["kind"] == "document"})
    return {
        "name": g.name,
        "nodes": nodes,
        "edges": edges,
        "kinds": {k: v for k, v in KINDS.items() if any(nd["kind"] == k for nd in nodes)},
        "offKinds": [k for k in g.graph.get("off_kinds", ()) if any(nd["kind"] == k for nd in nodes)],
        "edgeKinds": {k: k not in off_edges for k in edge_kinds},
        "offClaimKinds": list(g.graph.get("off_claim_kinds", ())),
        "communities": {str(k): v for k, v in group_names.items()},
        "clusters": legend,
        "marks": list(g.graph.get("marks", ())),
        "documents": [{"id": d, "title": t} for d, t in docs],
        "physics": not positions,
        "note": note or "",
    }


def _label_sizes(nodes: list[dict], degrees: list[int]) -> None:
    """Full-size labels for the LABELLED largest nodes (then the most linked) whose labels do not
    overlap a larger one's where the layout puts them; small labels for the rest."""
    ranked = sorted(range(len(nodes)), key=lambda i: (-nodes[i]["size"], -degrees[i], nodes[i]["id"]))
    width, height = LABEL_SIZES[0] * 16, LABEL_SIZES[0] * 3  # a two-line label of up to 16 characters
    chosen, placed = 0, []  # placed: where the chosen labels are (nodes the layout placed)
    for i in ranked:
        n = nodes[i]
        at = (n["x"], n["y"]) if "x" in n else None
        free = at is None or all(abs(at[0] - x) > width or abs(at[1] - y) > height for x, y in placed)
        n["fontSize"] = LABEL_SIZES[0] if chosen < LABELLED and free else LABEL_SIZES[1]
        if n["fontSize"] == LABEL_SIZES[0]:
            chosen += 1
            placed += [at] if at else []


def _json_for_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # no spaces: less for the page to parse
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(g: nx.Graph, path: Path, title: str, limit: int = MAX_NODES) -> dict:
    """Write the view; returns its size figures (nodes, edges, bytes, reduced)."""
    shown, note = reduce_graph(g, limit)
    note = note or g.graph.get("note")  # reduced while it was built (statements.inline_only)
    payload = graph_payload(shown, note)
    page = (
        TEMPLATE.replace("%%TITLE%%", _escape(title))
        .replace("%%CSP%%", CSP)
        .replace("%%VIS_CSS%%", _asset("vis-network.css"))
        .replace("%%APP_CSS%%", _asset("view.css"))
        .replace("%%APP_JS%%", _asset("view.js"))
        .replace("%%DATA%%", _json_for_script(payload))
    )
    page = page.replace("%%VIS_JS%%", _asset("vis-network.min.js"))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return {"nodes": shown.number_of_nodes(), "edges": shown.number_of_edges(), "bytes": len(page.encode("utf-8")),
            "reduced": bool(note)}  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# no request may leave the page: scripts and styles are inline, images only data: URIs
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:"
TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="%%CSP%%">
<title>%%TITLE%%</title>
<style>%%VIS_CSS%%</style>
<style>%%APP_CSS%%</style>
</head>
<body>
<header>
  <h1>%%TITLE%%</h1>
  <span id="counts"></span>
  <span id="legend"></span>
  <div id="note" hidden></div>
</header>
<nav id="controls">
  <input id="search" type="search" placeholder="搜索 search (耐心资本, patient capital)" autocomplete="off">
  <button id="search-go" type="button">Find</button>
  <button id="search-prev" type="button" title="previous hit (Shift+Enter)">◀</button>
  <button id="search-next" type="button" title="next hit (Enter)">▶</button>
  <span id="search-result"></span>
  <span id="kind-filters"></span>
  <select id="doc-filter"><option value="">All documents</option></select>
  <label><input id="physics" type="checkbox"> physics</label>
  <label><input id="color-communities" type="checkbox"> colour by community</label>
</nav>
<main>
  <details id="cluster-legend" open hidden></details>
  <div id="graph"></div>
  <aside id="panel"><p class="hint">Click a node to see its details.</p></aside>
</main>
<script type="application/json" id="graph-data">%%DATA%%</script>
<script>%%VIS_JS%%</script>
<script>%%APP_JS%%</script>
</body>
</html>
"""
