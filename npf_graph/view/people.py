"""Views of people: the corpus authors and the works they cite, co-authorship, and the
cited-author network (authors of cited works linked when one document cites both).

A person is named by their Chinese name when they have one, else by their English name, so
an author the byline gives only in English is there too."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from npf_graph.store import GraphStore
from npf_graph.view.papers import CITES, short
from npf_graph.view.statements import VIEW_NODES

DOC_AUTHORS = """
SELECT ?doc ?person ?name (lang(?name) AS ?lang) WHERE {
  ?doc npf:docType ?t ; dcterms:creator ?person . ?person foaf:name ?name .
}"""
CITED_AUTHORS = """
SELECT ?doc ?work ?person ?name (lang(?name) AS ?lang) WHERE {
  ?doc npf:docType ?t ; cito:cites ?work . ?work dcterms:creator ?person . ?person foaf:name ?name .
}"""
MAX_PAIRS = 50_000  # past this many co-cited pairs, a pair cited together once is left out
TITLES = "SELECT ?doc ?title WHERE { ?doc npf:docType ?t ; rdfs:label ?title }"


def _names(rows: list[dict[str, str]]) -> dict[str, str]:
    """Person IRI -> display name: the Chinese one when there is one, else the English one."""
    names: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: (r.get("lang") == "en", r["name"])):
        names.setdefault(r["person"], r["name"])
    return names


def _by_doc(rows: list[dict[str, str]], keep: set[str] | None = None) -> dict[str, list[str]]:
    """Each document's people in their order (only those in `keep`, when given)."""
    out: dict[str, dict[str, None]] = defaultdict(dict)
    for r in rows:
        if keep is None or r["person"] in keep:
            out[r["doc"]].setdefault(r["person"], None)
    return {doc: list(people) for doc, people in out.items()}


def _most(counts: dict[str, int], limit: int) -> set[str] | None:
    """The `limit` keys of largest count (None when there are no more than that)."""
    if len(counts) <= limit:
        return None
    return set(sorted(counts, key=lambda k: (-counts[k], k))[:limit])


def _add_person(g: nx.Graph, person: str, name: str, **detail: object) -> None:
    if person not in g:
        g.add_node(person, kind="author", label=name, cluster=None, detail={"name": name, **detail})


def authors_graph(store: GraphStore) -> nx.DiGraph:
    """Corpus authors → the works their documents cite, and co-authorship between them."""
    g = nx.DiGraph(name="authors")
    rows = store.select(DOC_AUTHORS)
    names, by_doc = _names(rows), _by_doc(rows)
    titles = {r["doc"]: r["title"] for r in store.select(TITLES)}
    works: dict[str, set[str]] = defaultdict(set)
    cites = store.select(CITES)
    citing: dict[str, set[str]] = defaultdict(set)
    for r in cites:
        citing[r["work"]].add(r["doc"])
    kept = _most({w: len(d) for w, d in citing.items()}, VIEW_NODES)  # a large corpus: the most cited works
    del citing
    for r in cites:
        if kept is not None and r["work"] not in kept:
            continue
        works[r["doc"]].add(r["work"])
        if r["work"] not in g:
            title = r.get("title") or r["raw"]
            g.add_node(r["work"], kind="work", label=short(title), cluster=None,
                       detail={"title": title, "year": r.get("year", "")})  # fmt: skip
    for doc, people in by_doc.items():
        for p in people:
            _add_person(g, p, names[p], documents=[])
            g.nodes[p]["detail"]["documents"].append(titles.get(doc, doc))
            for w in works.get(doc, ()):
                if w in g:
                    g.add_edge(p, w, kind="cites", weight=1)
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                g.add_edge(a, b, kind="co-author", weight=1, directed=False)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0 and g.nodes[n]["kind"] == "work"])
    return g


def coauthors_graph(store: GraphStore) -> nx.Graph:
    """Corpus authors linked by the documents they wrote together (weight = documents)."""
    g = nx.Graph(name="co-authorship")
    rows = store.select(DOC_AUTHORS)
    names, by_doc = _names(rows), _by_doc(rows)
    titles = {r["doc"]: r["title"] for r in store.select(TITLES)}
    for doc, people in by_doc.items():
        for p in people:
            _add_person(g, p, names[p], documents=[])
            g.nodes[p]["detail"]["documents"].append(titles.get(doc, doc))
            g.nodes[p]["weight"] = len(g.nodes[p]["detail"]["documents"])
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                w = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
                g.add_edge(a, b, kind="co-author", weight=w)
    return g


def cited_authors_graph(store: GraphStore, max_pairs: int = MAX_PAIRS) -> nx.Graph:
    """Authors of cited works, sized by the documents citing them and linked when cited together
    (weight = documents); past `max_pairs` pairs only those cited together at least twice."""
    g = nx.Graph(name="cited authors")
    rows = store.select(CITED_AUTHORS)
    names = _names(rows)
    citing: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        citing[r["person"]].add(r["doc"])
    kept = _most({p: len(d) for p, d in citing.items()}, VIEW_NODES)  # a large corpus: the most cited authors
    if kept is not None:
        citing = {p: d for p, d in citing.items() if p in kept}
    for person, docs in citing.items():
        _add_person(g, person, names[person], **{"cited by documents": len(docs)})
        g.nodes[person]["weight"] = len(docs)
    pairs: Counter = Counter()
    for people in _by_doc(rows, kept).values():
        ps = sorted(people)
        for i, a in enumerate(ps[:400]):
            for b in ps[i + 1 : 400]:
                pairs[(a, b)] += 1
    least = 1 if len(pairs) <= max_pairs else 2  # a large corpus: only pairs cited together twice or more
    for (a, b), w in pairs.items():
        if w >= least:
            g.add_edge(a, b, kind="co-cited", weight=w)
    if least > 1:
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if d["weight"] < least and not g.degree(n)])
    return g
