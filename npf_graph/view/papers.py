"""The papers view: a directed citation map of the corpus documents and the works they cite.

Documents cite works (`cites`, with arrows) and other documents of the corpus (`corpus
citation`); co-citation links between works (weight = documents citing both), bibliographic
coupling between documents and the concepts the documents discuss are in the graph too, but
the page shows them only when asked (`off_kinds`, `off_edges`). A node is sized by the
citations it receives inside the corpus and labelled by a short title, its first author and
its year; the panel has the full title. Documents and works are coloured by their co-citation
cluster (`npf_graph.analysis.clusters`); the labels of the clusters travel in `cluster_labels`.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from npf_graph.analysis.citations import SAME_AS, CitationNetwork, cocitation, coupling
from npf_graph.analysis.clusters import UNCLUSTERED, Clustering
from npf_graph.store import GraphStore
from npf_graph.view.statements import citing_statements, inline_only, select_values

DOCS = """
SELECT ?doc ?label ?type ?year ?file WHERE {
  ?doc npf:docType ?type ; rdfs:label ?label ; prov:wasDerivedFrom/npf:fileName ?file .
  OPTIONAL { ?doc fabio:hasPublicationYear ?year }
}"""
# inside each document graph: a work's title and year are repeated in every graph that cites
# it, and over the union every reference would meet every copy (the square of its citations)
CITES = """
SELECT ?doc ?work ?title ?year ?raw WHERE { GRAPH ?g {
  ?ref biro:references ?work ; dcterms:isPartOf ?doc ; c4o:hasContent ?raw .
  ?doc npf:docType ?t .
  OPTIONAL { ?work dcterms:title ?title } OPTIONAL { ?work fabio:hasPublicationYear ?year }
} }"""
CORPUS_LINKS = "SELECT ?a ?b WHERE { GRAPH <https://w3id.org/npf-graph/id/graph/links> { ?a cito:cites ?b } }"
# authors in their order (bibo:authorList), a Chinese name before an English one
AUTHOR_LISTS = """
SELECT DISTINCT ?item ?n ?name (lang(?name) AS ?lang) WHERE { GRAPH ?g {
  ?item bibo:authorList ?seq . ?seq ?slot ?person . ?person foaf:name ?name .
  FILTER(STRSTARTS(STR(?slot), "http://www.w3.org/1999/02/22-rdf-syntax-ns#_"))
  BIND(xsd:integer(STRAFTER(STR(?slot), "#_")) AS ?n)
} }"""
SUBJECTS = """
SELECT ?doc ?concept ?label WHERE {
  ?doc npf:docType ?t ; dcterms:subject ?concept .
  ?concept skos:prefLabel ?label . FILTER(lang(?label) = "zh")
}"""

# a concept's English label and alternative labels, for search and the panel
CONCEPT_NAMES = """
SELECT ?concept ?name (lang(?name) AS ?lang) ?alt WHERE {
  ?concept a skos:Concept .
  { ?concept skos:prefLabel ?name . FILTER(lang(?name) != "zh") BIND(false AS ?alt) }
  UNION { ?concept skos:altLabel ?name . BIND(true AS ?alt) }
}"""


def concept_names(store: GraphStore) -> dict[str, dict[str, list[str]]]:
    """Concept IRI -> {"English": [...], "also": [...]} from the concept scheme in the store."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"English": [], "also": []})
    for r in sorted(store.select(CONCEPT_NAMES), key=lambda r: r["name"]):
        out[r["concept"]]["also" if r["alt"] == "true" else "English"].append(r["name"])
    return out


def rid(doc_iri: str) -> str:
    return "doc-" + doc_iri.rsplit("/", 1)[-1]


def short(text: str, n: int = 22) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def author_lists(store: GraphStore, items: set[str] | None = None) -> dict[str, list[str]]:
    """Document or work IRI -> its authors' names in order (Chinese name when it has one); only
    those of `items` when given."""
    slots: dict[str, dict[int, tuple[bool, str]]] = defaultdict(dict)
    found = store.select(AUTHOR_LISTS) if items is None else select_values(store, AUTHOR_LISTS, "item", items)
    for r in found:
        n, zh = int(r["n"]), r.get("lang") != "en"
        have = slots[r["item"]].get(n)
        if have is None or (zh and not have[0]):
            slots[r["item"]][n] = (zh, r["name"])
    return {item: [name for _, (_, name) in sorted(by_n.items())] for item, by_n in slots.items()}


def citation_label(title: str, authors: list[str], year: str) -> str:
    """A short title over its first author and year: `新质生产力的新质态及其…\\n范从来 等 2024`."""
    who = (authors[0] + (" 等" if len(authors) > 1 else "")) if authors else ""
    byline = " ".join(x for x in (who, year) if x)
    return short(title, 16) + (f"\n{byline}" if byline else "")


def add_documents(g: nx.Graph, store: GraphStore, authors: dict[str, list[str]], docs: set[str] | None = None) -> None:
    """The corpus documents (only `docs` when given) as nodes, labelled by title, first author and year."""
    for r in store.select(DOCS) if docs is None else select_values(store, DOCS, "doc", docs):
        year = r.get("year", "")
        names = authors.get(r["doc"], [])
        g.add_node(
            r["doc"],
            kind="document",
            label=citation_label(r["label"], names, year),
            doc=rid(r["doc"]),
            anchor="",
            year=year,
            cluster=None,
            detail={"title": r["label"], "authors": names, "year": year, "type": r["type"], "file": r["file"]},
        )


def papers_graph(store: GraphStore, clustering: Clustering | None = None) -> nx.DiGraph:
    """Documents → works they cite, documents → documents of the corpus they cite; optional layers.
    `clustering` (co-citation clusters of the same store) is computed when not given."""
    g = nx.DiGraph(name="papers", off_kinds=["concept"], off_edges=["co-cited", "coupled"])
    authors = author_lists(store)
    add_documents(g, store, authors)
    cited_by: dict[str, set[str]] = defaultdict(set)
    for r in store.select(CITES):
        if r["doc"] not in g:
            continue
        work = r["work"]
        if work not in g:
            title, year, names = r.get("title") or r["raw"], r.get("year", ""), authors.get(work, [])
            g.add_node(work, kind="work", label=citation_label(title, names, year), year=year, cluster=None,
                       detail={"title": title, "authors": names, "year": year, "references": []})  # fmt: skip
        if r["raw"] not in g.nodes[work]["detail"]["references"]:
            g.nodes[work]["detail"]["references"].append(r["raw"])
        g.add_edge(r["doc"], work, kind="cites", weight=1)
        cited_by[work].add(r["doc"])
    for r in store.select(CORPUS_LINKS):
        if r["a"] in g and r["b"] in g and r["a"] != r["b"]:
            g.add_edge(r["a"], r["b"], kind="corpus citation", weight=3, highlight=True)
            cited_by[r["b"]].add(r["a"])
    for node, data in g.nodes(data=True):  # sized by the citations it receives in the corpus
        data["weight"] = len(cited_by.get(node, ()))
        data["detail"]["cited in the corpus"] = data["weight"]
    g = inline_only(g)  # a large corpus: the most central nodes, before the pairs and the panels
    docs = [n for n, d in g.nodes(data=True) if d["kind"] == "document"]
    works_of = CitationNetwork(cites={d: {w for w in g.successors(d) if g.nodes[w]["kind"] == "work"} for d in docs})
    for (a, b), w in cocitation(works_of, minimum=2).items():  # works cited together by two documents or more
        g.add_edge(a, b, kind="co-cited", weight=w, directed=False)
    for (a, b), w in coupling(works_of).items():
        if not g.has_edge(a, b) and not g.has_edge(b, a):
            g.add_edge(a, b, kind="coupled", weight=w, directed=False)
    works = {n for n, d in g.nodes(data=True) if d["kind"] == "work"}
    for work, statements in citing_statements(store, works).items():
        g.nodes[work]["detail"]["citing sentences"] = statements
    add_clusters(g, store, clustering)
    add_concepts(g, store)
    return g


def add_clusters(g: nx.Graph, store: GraphStore, clustering: Clustering | None) -> None:
    """Each document and work its co-citation cluster (UNCLUSTERED when it has none); a work that is
    a corpus document takes the document's. The labels of the clusters present go to the graph."""
    if clustering is None:
        from npf_graph.analysis.clusters import cocitation_clusters

        clustering = cocitation_clusters(store)
    same = {r["work"]: r["doc"] for r in store.select(SAME_AS)}
    labels = {}
    for node, data in g.nodes(data=True):
        cid = clustering.cluster_of(node)
        if cid == UNCLUSTERED and node in same:
            cid = clustering.cluster_of(same[node])
        data["cluster"] = cid
        if cid != UNCLUSTERED:
            labels[cid] = clustering.clusters[cid].terms
            data["detail"]["co-citation cluster"] = f"#{cid} {clustering.clusters[cid].label}"
    g.graph["cluster_labels"] = labels


def add_concepts(g: nx.Graph, store: GraphStore) -> None:
    names = concept_names(store)
    for r in store.select(SUBJECTS):
        if r["doc"] in g:
            if r["concept"] not in g:
                more = names[r["concept"]]
                g.add_node(r["concept"], kind="concept", label=r["label"], cluster=None,
                           terms=more["English"] + more["also"],
                           detail={"concept": r["label"], **more, "documents": 0})  # fmt: skip
            g.nodes[r["concept"]]["detail"]["documents"] += 1
            g.add_edge(r["doc"], r["concept"], kind="discusses", weight=1, directed=False)
