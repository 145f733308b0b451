"""How nodes look: a colour and a shape per kind, and a colour per cluster."""

from __future__ import annotations

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
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def node_colour(cluster: int | None) -> str | None:
    """The colour of a cluster (any integer, cycling through the palette); None without one."""
    if cluster is None:
        return None
    return PALETTE[int(cluster) % len(PALETTE)]


def kind_style(kind: str) -> dict[str, str]:
    return KINDS.get(kind, OTHER)
