"""Render a networkx view as one self-contained HTML file (vis.js inlined, no network needed)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx

from npf_graph.view.network import NODE_STYLE

EXTERNAL_RE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=[\"']https?://[^>]*>(?:\s*</script>)?", re.I)


def _size(g: nx.Graph, node: str) -> float:
    return 10 + 4 * min(g.degree(node), 20)


def render_html(g: nx.Graph, path: Path, title: str) -> Path:
    from pyvis.network import Network

    net = Network(height="92vh", width="100%", cdn_resources="in_line", heading="", notebook=False)
    nodes = []
    for node, data in g.nodes(data=True):
        style = NODE_STYLE.get(data.get("kind", ""), {"color": "#7f7f7f", "shape": "dot"})
        nodes.append(
            {
                "id": node,
                "label": data.get("label", node),
                "title": data.get("title", ""),
                "group": data.get("kind", ""),
                "color": style["color"],
                "shape": style["shape"],
                "size": _size(g, node),
            }
        )
    edges = [
        {"from": a, "to": b, "value": d.get("weight", 1), "title": d.get("kind", "")} for a, b, d in g.edges(data=True)
    ]
    # assigning the lists directly is linear; add_node/add_edge is quadratic on large graphs
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.toggle_physics(True)
    net.set_options(
        json.dumps(
            {
                "physics": {"stabilization": {"iterations": 200}, "barnesHut": {"springLength": 120}},
                "interaction": {"hover": True, "navigationButtons": False},
                "nodes": {"font": {"face": "Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif"}},
            }
        )
    )
    page = net.generate_html(notebook=False)
    page = EXTERNAL_RE.sub("", page)
    legend = "".join(
        f'<span style="margin-right:1em"><span style="color:{s["color"]}">■</span> {html.escape(k)}</span>'
        for k, s in NODE_STYLE.items()
    )
    header = (
        f'<div id="npf-header" style="font-family:sans-serif;padding:4px 8px">'
        f"<b>{html.escape(title)}</b> — {g.number_of_nodes()} nodes, {g.number_of_edges()} edges · {legend}</div>"
    )
    page = page.replace("<body>", "<body>\n" + header, 1)
    if "<meta charset" not in page.lower():
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path
