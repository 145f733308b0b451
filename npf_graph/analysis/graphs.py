"""Measures on any networkx graph: weighted PageRank, Louvain communities and their labels.

The citation measures (co-citation, coupling, central works) are in `citations`; the views and
`analyze` use these on whatever graph they draw.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

import networkx as nx


def pagerank(g: nx.Graph, alpha: float = 0.85, iterations: int = 100, tol: float = 1e-8) -> dict[str, float]:
    """Weighted PageRank by power iteration (no numpy or scipy needed)."""
    nodes = list(g.nodes)
    if not nodes:
        return {}
    n = len(nodes)
    rank = dict.fromkeys(nodes, 1.0 / n)
    strength = {v: sum(d.get("weight", 1) for _, _, d in g.edges(v, data=True)) for v in nodes}
    for _ in range(iterations):
        dangling = alpha * sum(rank[v] for v in nodes if strength[v] == 0) / n
        new = dict.fromkeys(nodes, (1 - alpha) / n + dangling)
        for v in nodes:
            if strength[v]:
                share = alpha * rank[v] / strength[v]
                for _, u, d in g.edges(v, data=True):
                    new[u] += share * d.get("weight", 1)
        delta = sum(abs(new[v] - rank[v]) for v in nodes)
        rank = new
        if delta < tol * n:
            break
    return rank


def communities(g: nx.Graph) -> dict[str, int]:
    """Node -> community number (Louvain, deterministic seed), largest community first."""
    if g.number_of_edges() == 0:
        return dict.fromkeys(g.nodes, 0)
    found = nx.community.louvain_communities(g, weight="weight", seed=7)
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: i for i, members in enumerate(found) for node in members}


def community_labels(g: nx.Graph, membership: Mapping[str, int], top: int = 3) -> dict[int, str]:
    """Each community named by its most distinctive concepts (frequent inside, rare outside)."""
    inside: dict[int, Counter] = defaultdict(Counter)
    overall: Counter = Counter()
    for node, comm in membership.items():
        for nb in g.neighbors(node):
            if g.nodes[nb].get("kind") == "concept":
                inside[comm][g.nodes[nb]["label"]] += 1
                overall[g.nodes[nb]["label"]] += 1
        if g.nodes[node].get("kind") == "concept":
            inside[comm][g.nodes[node]["label"]] += 2
            overall[g.nodes[node]["label"]] += 2
    labels = {}
    for comm in set(membership.values()):
        scored = sorted(inside[comm].items(), key=lambda kv: (-kv[1] * kv[1] / overall[kv[0]], kv[0]))
        labels[comm] = "、".join(k for k, _ in scored[:top]) or f"#{comm + 1}"
    return labels
