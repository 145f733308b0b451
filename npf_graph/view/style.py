"""How nodes look: a colour and a shape per kind, and a colour per cluster."""

from __future__ import annotations

from collections import Counter

KINDS = {
    "document": {"color": "#1f77b4", "shape": "box", "name": "文献 document"},
    "work": {"color": "#9467bd", "shape": "triangle", "name": "被引作品 cited work"},
    "author": {"color": "#ff7f0e", "shape": "dot", "name": "作者 author"},
    "concept": {"color": "#2ca02c", "shape": "diamond", "name": "概念 concept"},
    "claim": {"color": "#d62728", "shape": "square", "name": "论断 claim"},
    "statistic": {"color": "#8c564b", "shape": "star", "name": "统计 statistic"},
    "datasource": {"color": "#17becf", "shape": "hexagon", "name": "数据来源 data source"},
    "speaker": {"color": "#e377c2", "shape": "ellipse", "name": "引述 quoted person/work"},
}
OTHER = {"color": "#7f7f7f", "shape": "dot", "name": "other"}
BURST_RING = "#e6550d"  # the border of a node whose term bursts (npf_graph.analysis.bursts)
OTHER_CLUSTERS = "#c7c7c7"  # the clusters past the legend's cap, and nodes in no cluster
LEGEND_CLUSTERS = 8  # clusters the legend names (and colours) one by one
LEGEND_TERMS = 3  # terms of a cluster's label shown in the legend
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def node_colour(cluster: int | None) -> str | None:
    """The colour of a cluster (any integer, cycling through the palette); None without one."""
    if cluster is None:
        return None
    return PALETTE[int(cluster) % len(PALETTE)]


def kind_style(kind: str) -> dict[str, str]:
    return KINDS.get(kind, OTHER)


def cluster_legend(
    sizes: Counter, labels: dict[int, list[str]], cap: int = LEGEND_CLUSTERS
) -> tuple[list[dict], dict[int, str]]:
    """The legend of the clusters of a view and the colour of each cluster.

    `sizes` counts the nodes of each cluster in the view (a negative id: no cluster). The `cap`
    largest clusters are named one by one, each in its `node_colour` unless a larger cluster
    took it; all the rest are one grey "other" entry."""
    ranked = sorted((c for c in sizes if c >= 0), key=lambda c: (-sizes[c], c))
    colours: dict[int, str] = {}
    for cid in ranked[:cap]:
        free = [c for c in PALETTE if c not in colours.values()]
        colours[cid] = node_colour(cid) if node_colour(cid) in free else free[0]
    entries = [
        {"cluster": cid, "label": "、".join(labels.get(cid, [])[:LEGEND_TERMS]) or f"#{cid}",
         "terms": list(labels.get(cid, [])), "size": sizes[cid], "color": colours[cid]}
        for cid in ranked[:cap]
    ]  # fmt: skip
    rest = ranked[cap:]
    none = sum(n for c, n in sizes.items() if c < 0)
    if rest or none:
        parts = [f"{len(rest)} smaller clusters"] if rest else []
        parts += [f"{none} in no cluster"] if none else []
        entries.append({"cluster": None, "label": "other (" + ", ".join(parts) + ")", "terms": [],
                        "size": sum(sizes[c] for c in rest) + none, "color": OTHER_CLUSTERS})  # fmt: skip
    colours.update(dict.fromkeys(rest, OTHER_CLUSTERS))
    return entries, colours


def text_colour(background: str) -> str:
    """White on a dark background, near black on a light one (relative luminance of a #rrggbb colour)."""
    r, g, b = (int(background[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#ffffff" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.6 else "#222222"
