"""Views are projections: networkx graphs built from SPARQL results over the store.

Every node carries `kind`, `label`, `detail` (what the side panel shows) and, where it
has one, `doc` (the record id) and `anchor` (the reader-page anchor of its span).
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from npf_graph.store import GraphStore
from npf_graph.view.claims import claims_graph
from npf_graph.view.papers import SUBJECTS, concept_names, papers_graph
from npf_graph.view.people import authors_graph, cited_authors_graph, coauthors_graph

__all__ = ["VIEWS", "build_view", "claims_graph", "concepts_graph", "focus", "papers_graph"]

VIEWS = ("papers", "claims", "concepts", "authors", "coauthors", "cited-authors")

BROADER = """
SELECT ?a ?b WHERE { ?a skos:broader ?b }"""
CLAIM_CONCEPTS = """
SELECT ?claim ?doc ?concept WHERE {
  ?claim a npf:Claim ; dcterms:subject ?concept ; prov:wasDerivedFrom ?doc .
}"""


def concepts_graph(store: GraphStore) -> nx.Graph:
    """Concepts linked by co-occurrence in claims, sized by the documents that discuss them."""
    g = nx.Graph(name="concepts")
    labels = {r["concept"]: r["label"] for r in store.select(SUBJECTS)}
    docs_of: dict[str, set[str]] = defaultdict(set)
    for r in store.select(SUBJECTS):
        docs_of[r["concept"]].add(r["doc"])
    by_claim: dict[str, set[str]] = defaultdict(set)
    for r in store.select(CLAIM_CONCEPTS):
        by_claim[r["claim"]].add(r["concept"])
    from npf_graph.ontology import concept_index

    idx = concept_index()
    names = concept_names(store)
    for concept, docs in docs_of.items():
        label = labels[concept]
        definition = idx.concepts[concept].definition if concept in idx.concepts else ""
        # sized by how many documents discuss it
        more = names[concept]
        detail = {"concept": label, **more, "documents": len(docs), "definition": definition or ""}
        g.add_node(concept, kind="concept", label=label, weight=3 * len(docs), detail=detail,
                   terms=more["English"] + more["also"], cluster=None)  # fmt: skip
    for concepts in by_claim.values():
        present = sorted(c for c in concepts if c in g)
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                w = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
                g.add_edge(a, b, kind="co-occur", weight=w)
    for r in store.select(BROADER):
        if r["a"] in g and r["b"] in g:
            g.add_edge(r["a"], r["b"], kind="broader", weight=1)
    add_bursts(g, store)
    return g


def add_bursts(g: nx.Graph, store: GraphStore) -> None:
    """A concept whose label bursts (in claims, or as a keyword of documents) gets a ring and its
    bursts in the panel: years, strength and what was counted; the legend explains the ring."""
    from npf_graph.analysis.bursts import bursts
    from npf_graph.view.style import BURST_RING

    by_label = {d["label"]: n for n, d in g.nodes(data=True)}
    for b in bursts(store):
        node = by_label.get(b.term)
        if node is None:
            continue
        years = str(b.start) if b.start == b.end else f"{b.start}–{b.end}"
        counted = "in claims" if b.source == "concept" else "as a keyword"
        data = g.nodes[node]
        data["ring"] = BURST_RING
        data.setdefault("badge", f"↑{years}")  # the strongest burst comes first
        data["detail"].setdefault("burst", []).append(f"{years} · strength {b.strength:.2f} · {counted} ({b.count})")
    if any(d.get("ring") for _, d in g.nodes(data=True)):
        g.graph["marks"] = [{"color": BURST_RING, "name": "burst ↑years: a concept rising in those years (Kleinberg)"}]


def build_view(store: GraphStore, name: str) -> nx.Graph:
    builders = {"papers": papers_graph, "claims": claims_graph, "concepts": concepts_graph, "authors": authors_graph,
                "coauthors": coauthors_graph, "cited-authors": cited_authors_graph}  # fmt: skip
    if name not in builders:
        from npf_graph.errors import NpfError

        raise NpfError(f"unknown view {name!r}; choose one of {', '.join(VIEWS)}")
    return builders[name](store)


def focus(g: nx.Graph, label: str, depth: int = 1) -> nx.Graph:
    """The neighbourhood of the node(s) whose label or detail names `label`."""
    hits = [n for n, d in g.nodes(data=True) if label in (d.get("label") or "") or label in str(d.get("detail", ""))]
    if not hits:
        from npf_graph.errors import NpfError

        raise NpfError(f"no node matches {label!r} in the {g.name} view")
    keep: set[str] = set()
    both_ways = g.to_undirected(as_view=True) if g.is_directed() else g
    for h in hits[:20]:
        keep |= set(nx.single_source_shortest_path_length(both_ways, h, cutoff=depth))
    sub = g.subgraph(keep).copy()
    sub.name = f"{g.name}: {label}"
    return sub
