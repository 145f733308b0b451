"""Analytics as printable tables: central works and concepts, co-citation, coupling, concept communities."""

from __future__ import annotations

from collections import defaultdict

from rich.table import Table

from npf_graph.analysis.citations import central_works, citation_network, cocitation, coupling
from npf_graph.analysis.graphs import communities, community_labels, pagerank
from npf_graph.store import GraphStore
from npf_graph.view.network import concepts_graph


def table(title: str, columns: list[str], rows: list[list[object]]) -> Table:
    t = Table(title=title)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[str(x) for x in r])
    return t


def _pairs(counts, label, top: int) -> list[list[object]]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], label(kv[0][0]), label(kv[0][1])))
    return [[label(a), label(b), n] for (a, b), n in ranked[:top]]


def citation_tables(store: GraphStore, top: int = 10) -> list[Table]:
    net = citation_network(store)
    rows = [[net.label(w), n, f"{r:.4f}"] for w, n, r in central_works(net, top)]
    tables = [table("Most central cited works (PageRank, directed citations)", ["work", "cited by", "PageRank"], rows)]
    rows = _pairs(cocitation(net), net.label, top)
    tables.append(table("Co-citation: works cited together", ["work", "work", "documents"], rows))
    rows = _pairs(coupling(net), net.label, top)
    tables.append(table("Bibliographic coupling", ["document", "document", "shared works"], rows))
    return tables


def concept_tables(store: GraphStore, top: int = 10) -> list[Table]:
    concepts = concepts_graph(store)
    crank = pagerank(concepts)
    cs = sorted(concepts, key=lambda n: (-crank[n], concepts.nodes[n]["label"]))[:top]
    rows = [
        [concepts.nodes[c]["label"], concepts.nodes[c]["detail"]["documents"], concepts.degree(c), f"{crank[c]:.4f}"]
        for c in cs
    ]
    tables = [
        table("Most central concepts (co-occurrence PageRank)", ["concept", "documents", "degree", "PageRank"], rows)
    ]
    membership = communities(concepts)
    names = community_labels(concepts, membership)
    sizes: dict[int, int] = defaultdict(int)
    for c in membership.values():
        sizes[c] += 1
    rows = [[c + 1, sizes[c], names[c]] for c in sorted(sizes)][:top]
    tables.append(
        table("Concept communities (Louvain), by their most distinctive concepts", ["#", "size", "concepts"], rows)
    )
    return tables


def cluster_table(store: GraphStore, top: int = 10) -> Table:
    from npf_graph.analysis.clusters import cocitation_clusters

    found = cocitation_clusters(store)
    rows = [
        [c.id, c.size, c.documents, c.mean_year if c.mean_year is not None else "", c.label]
        for c in found.clusters[:top]
    ]
    return table(
        "Co-citation clusters (Louvain), labelled by their most distinctive terms (log-likelihood)",
        ["#", "works", "citing documents", "mean year", "label"],
        rows,
    )


def burst_table(store: GraphStore, top: int = 10) -> Table:
    from npf_graph.analysis.bursts import bursts

    rows = [[b.term, b.source, b.start, b.end, f"{b.strength:.2f}", b.count] for b in bursts(store)[:top]]
    return table(
        "Bursts: rising concepts (in claims) and keywords (of documents), Kleinberg's two-state model",
        ["term", "from", "begin", "end", "strength", "claims or documents"],
        rows,
    )


def analytics_tables(store: GraphStore, top: int = 10) -> list[Table]:
    return [
        *citation_tables(store, top),
        cluster_table(store, top),
        *concept_tables(store, top),
        burst_table(store, top),
    ]


def new_terms_table(store: GraphStore, top: int = 10) -> Table:
    from npf_graph.analysis.newterms import new_terms

    rows = [[t.term, " + ".join(t.parts), t.count, t.documents, f"{t.score:.1f}"] for t in new_terms(store, top)]
    return table(
        "Candidate concepts: terms jieba finds often that the ontology lacks (TF-IDF)",
        ["term", "segmented as", "occurrences", "documents", "score"],
        rows,
    )
