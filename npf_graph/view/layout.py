"""Positions for large views: a force-directed layout (Fruchterman–Reingold, igraph's C code on
a grid past 1,000 nodes) from a fixed seed, so the same graph is always drawn the same way.

The page then paints the nodes where they are, with no physics to run in the browser.
"""

from __future__ import annotations

import math
import random

import networkx as nx

SEED = 7
SPACING = 42.0  # pixels per node on the side of the square the layout fills


def force_layout(g: nx.Graph, seed: int = SEED, iterations: int = 500) -> dict[str, tuple[float, float]]:
    """Node -> (x, y) in screen units; linked nodes close, heavier links closer."""
    import igraph as ig

    nodes = list(g.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    pairs: dict[tuple[int, int], float] = {}
    for a, b, d in g.edges(data=True):
        i, j = sorted((index[a], index[b]))
        if i != j:
            pairs[(i, j)] = pairs.get((i, j), 0.0) + float(d.get("weight", 1) or 1)
    rng = random.Random(seed)
    side = math.sqrt(len(nodes))  # igraph's own starting scale: the grid needs nodes spread out
    start = [(rng.uniform(-side, side), rng.uniform(-side, side)) for _ in nodes]
    graph = ig.Graph(n=len(nodes), edges=list(pairs))
    ig.set_random_number_generator(random.Random(seed))  # igraph's own draws, seeded too
    try:
        coords = graph.layout_fruchterman_reingold(
            weights=[math.log1p(w) for w in pairs.values()] or None,
            niter=iterations,
            seed=start,
            grid=len(nodes) > 1000,  # repulsion from nearby cells only: near-linear time
        ).coords
    finally:
        ig.set_random_number_generator(random)  # igraph's default: the random module
    return _fit(nodes, coords)


def _fit(nodes: list[str], coords: list[list[float]]) -> dict[str, tuple[float, float]]:
    """Centre the layout and scale it to about SPACING pixels a node."""
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = SPACING * math.sqrt(len(nodes)) / span
    return {n: ((x - cx) * scale, (y - cy) * scale) for n, (x, y) in zip(nodes, zip(xs, ys, strict=True), strict=True)}
