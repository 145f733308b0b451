"""Positions for large graphs: communities on a ring, each laid out as a sunflower spiral with
its most connected nodes in the middle. Linear in the number of nodes, deterministic."""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

GOLDEN = math.pi * (3 - math.sqrt(5))
SPACING = 28.0


def spiral_layout(g: nx.Graph, groups: dict[str, int]) -> dict[str, tuple[float, float]]:
    members: dict[int, list[str]] = defaultdict(list)
    for node in g.nodes:
        members[groups.get(node, 0)].append(node)
    order = sorted(members, key=lambda k: -len(members[k]))
    radii = {k: SPACING * math.sqrt(len(members[k])) for k in order}
    pos: dict[str, tuple[float, float]] = {}
    # group centres on a spiral of their own, the biggest in the middle
    centres: list[tuple[float, float, float]] = []
    for i, k in enumerate(order):
        if i == 0:
            cx = cy = 0.0
        else:
            angle = i * GOLDEN
            dist = max(r + radii[k] + SPACING for (_x, _y, r) in centres[:1]) + SPACING * 2 * math.sqrt(i)
            dist += sum(radii[o] for o in order[:i]) / max(1, i) * math.sqrt(i)
            cx, cy = dist * math.cos(angle), dist * math.sin(angle)
        centres.append((cx, cy, radii[k]))
        nodes = sorted(members[k], key=lambda n: -g.degree(n))
        for j, node in enumerate(nodes):
            r = SPACING * math.sqrt(j)
            pos[node] = (cx + r * math.cos(j * GOLDEN), cy + r * math.sin(j * GOLDEN))
    return pos
