"""Views of people: the corpus authors and the works they cite, co-authorship, and the
cited-author network (authors of cited works linked when one document cites both).

A person is named by their Chinese name when they have one, else by their English name, so
an author the byline gives only in English is there too."""

from __future__ import annotations

import heapq
from array import array
from collections import Counter, defaultdict

import networkx as nx

from npf_graph.store import GraphStore
from npf_graph.view.papers import CITES, short
from npf_graph.view.statements import VIEW_NODES, select_values

DOC_AUTHORS = """
SELECT ?doc ?person ?name (lang(?name) AS ?lang) WHERE {
  ?doc npf:docType ?t ; dcterms:creator ?person . ?person foaf:name ?name .
}"""
# a work's creators are repeated in every document graph that cites it (and their names with
# them): joined over the union, each citation met every copy, the cube of a work's citations
# (past 20 GB at 10,000 papers); each (work, creator) is taken once before the join
CITED_AUTHORS = """
SELECT ?doc ?person WHERE {
  ?doc npf:docType ?t ; cito:cites ?work . { SELECT DISTINCT ?work ?person WHERE { ?work dcterms:creator ?person } }
}"""
CITED_COUNTS = """
SELECT ?person (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  ?doc npf:docType ?t ; cito:cites ?work . { SELECT DISTINCT ?work ?person WHERE { ?work dcterms:creator ?person } }
} GROUP BY ?person"""
CITED_NAMES = "SELECT DISTINCT ?person ?name (lang(?name) AS ?lang) WHERE { ?person foaf:name ?name }"
MAX_PAIRS = 25_000  # past this many co-cited pairs, the pairs cited together least often are left out
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


def _least_weight(weights: Counter, most: int) -> int:
    """The smallest weight w such that no more than `most` pairs weigh w or more (at least 2 once
    there are more than `most` pairs; 1 when there are not)."""
    if sum(weights.values()) <= most:
        return 1
    kept, least = 0, max(weights)
    for w in sorted(weights, reverse=True):
        if kept + weights[w] > most:
            break
        kept, least = kept + weights[w], w
    return max(least, 2)


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
    (weight = documents); past `max_pairs` pairs, only those cited together at least twice, or
    more often, till no more than `max_pairs` are left (the page of 10,000 papers: ≤ 10 MB).

    Memory stays within the view's cap whatever the corpus: the store counts each author's
    citing documents, the VIEW_NODES most cited are kept, the (document, author) rows stream
    past once, and pairs of kept authors are counted in one array of VIEW_NODES² slots."""
    g = nx.Graph(name="cited authors")
    counts = ((r["person"], int(r["n"])) for r in store.rows(CITED_COUNTS))
    top = heapq.nsmallest(VIEW_NODES, counts, key=lambda pn: (-pn[1], pn[0]))  # the most cited authors
    people = sorted(p for p, _ in top)  # an author's index follows its IRI's order
    index = {p: i for i, p in enumerate(people)}
    names = _names(select_values(store, CITED_NAMES, "person", people))
    for person, n in top:
        _add_person(g, person, names.get(person, person.rsplit("/", 1)[-1]), **{"cited by documents": n})
        g.nodes[person]["weight"] = n
    by_doc: dict[str, set[int]] = defaultdict(set)
    for r in store.rows(CITED_AUTHORS):
        i = index.get(r["person"])
        if i is not None:
            by_doc[r["doc"]].add(i)
    size = len(people)
    pairs = array("I", bytes(4 * size * size))  # pairs[a * size + b], a < b: documents citing both
    for found in by_doc.values():
        ps = sorted(found)[:400]
        for k, a in enumerate(ps):
            row = a * size
            for b in ps[k + 1 :]:
                pairs[row + b] += 1
    del by_doc
    linked = [(a, b, w) for a in range(size) for b in range(a + 1, size) if (w := pairs[a * size + b])]
    least = _least_weight(Counter(w for *_, w in linked), max_pairs)  # a large corpus: the pairs cited most often
    for a, b, w in linked:
        if w >= least:
            g.add_edge(people[a], people[b], kind="co-cited", weight=w)
    if least > 1:
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if d["weight"] < least and not g.degree(n)])
    return g
