"""Analytics as printable tables: central works and concepts, co-citation, coupling, communities, rising concepts."""

from __future__ import annotations

from collections import defaultdict

from rich.table import Table

from npf_graph.store import GraphStore
from npf_graph.view.analytics import communities, community_labels, pagerank, rising_concepts
from npf_graph.view.network import concepts_graph, papers_graph


def _table(title: str, columns: list[str], rows: list[list[object]]) -> Table:
    t = Table(title=title)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[str(x) for x in r])
    return t


def analytics_tables(store: GraphStore, top: int = 10) -> list[Table]:
    papers = papers_graph(store)
    concepts = concepts_graph(store)
    rank = pagerank(papers)
    label = {n: d.get("detail", {}).get("title") or d.get("label") for n, d in papers.nodes(data=True)}
    kind = {n: d.get("kind") for n, d in papers.nodes(data=True)}
    works = sorted((n for n in papers if kind[n] == "work"), key=lambda n: (-rank[n], label[n]))[:top]
    rows = [[label[w], papers.degree(w), f"{rank[w]:.4f}"] for w in works]
    tables = [_table("Most central cited works (PageRank)", ["work", "cited by", "PageRank"], rows)]
    crank = pagerank(concepts)
    cs = sorted(concepts, key=lambda n: (-crank[n], concepts.nodes[n]["label"]))[:top]
    rows = [
        [concepts.nodes[c]["label"], concepts.nodes[c]["detail"]["documents"], concepts.degree(c), f"{crank[c]:.4f}"]
        for c in cs
    ]
    tables.append(
        _table("Most central concepts (co-occurrence PageRank)", ["concept", "documents", "degree", "PageRank"], rows)
    )
    edges = sorted(((a, b, d) for a, b, d in papers.edges(data=True)), key=lambda e: -e[2].get("weight", 1))
    rows = [[label[a], label[b], d["weight"]] for a, b, d in edges if d.get("kind") == "co-cited"][:top]
    tables.append(_table("Co-citation: works cited together by several documents", ["work", "work", "documents"], rows))
    rows = [[label[a], label[b], d["weight"]] for a, b, d in edges if d.get("kind") == "coupled"][:top]
    tables.append(_table("Bibliographic coupling", ["document", "document", "shared works"], rows))
    membership = communities(concepts)
    names = community_labels(concepts, membership)
    sizes: dict[int, int] = defaultdict(int)
    for c in membership.values():
        sizes[c] += 1
    rows = [[c + 1, sizes[c], names[c]] for c in sorted(sizes)][:top]
    tables.append(
        _table("Concept communities (Louvain), by their most distinctive concepts", ["#", "size", "concepts"], rows)
    )
    years = {
        n: int(d["detail"]["year"])
        for n, d in papers.nodes(data=True)
        if d.get("kind") == "document" and str(d["detail"].get("year", "")).isdigit()
    }
    concepts_by_doc = {
        n: {papers.nodes[m]["label"] for m in papers.neighbors(n) if kind[m] == "concept"} for n in years
    }
    rising = rising_concepts(years, concepts_by_doc)
    if rising:
        rows = [[y, "、".join(cs)] for y, cs in rising.items()]
        tables.append(_table("Concepts by the year they first appear", ["year", "concepts"], rows))
    return tables
