"""Views are projections: networkx graphs built from SPARQL results over the store.

Every node carries `kind`, `label`, `detail` (what the side panel shows) and, where it
has one, `doc` (the record id) and `anchor` (the reader-page anchor of its span).
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from npf_graph.store import GraphStore

VIEWS = ("papers", "claims", "concepts", "authors")

DOCS = """
SELECT ?doc ?label ?type ?year ?file WHERE {
  ?doc npf:docType ?type ; rdfs:label ?label ; prov:wasDerivedFrom/npf:fileName ?file .
  OPTIONAL { ?doc fabio:hasPublicationYear ?year }
}"""
CITES = """
SELECT ?doc ?work ?title ?year ?raw WHERE {
  ?ref biro:references ?work ; dcterms:isPartOf ?doc ; c4o:hasContent ?raw .
  ?doc npf:docType ?t .
  OPTIONAL { ?work dcterms:title ?title } OPTIONAL { ?work fabio:hasPublicationYear ?year }
}"""
CORPUS_LINKS = "SELECT ?a ?b WHERE { GRAPH <https://w3id.org/npf-graph/id/graph/links> { ?a cito:cites ?b } }"
AUTHORS = """
SELECT ?doc ?person ?name WHERE {
  ?doc npf:docType ?t ; dcterms:creator ?person . ?person foaf:name ?name . FILTER(lang(?name) != "en")
}"""
SUBJECTS = """
SELECT ?doc ?concept ?label WHERE {
  ?doc npf:docType ?t ; dcterms:subject ?concept .
  ?concept skos:prefLabel ?label . FILTER(lang(?label) = "zh")
}"""
BROADER = """
SELECT ?a ?b WHERE { ?a skos:broader ?b }"""
CLAIMS = """
SELECT ?claim ?doc ?kind ?text ?start ?end ?section WHERE {
  ?claim a npf:Claim ; npf:kind ?kind ; rdf:value ?text ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?claim dcterms:isPartOf/dcterms:title ?section }
  FILTER(?kind != "assertion")
}"""
CLAIM_LINKS = {  # one simple query per relation: a UNION of them is far slower on a large store
    "cites": """SELECT ?claim ?target ?label WHERE {
                  ?claim cito:cites ?target . OPTIONAL { ?target dcterms:title ?label } }""",
    "data source": """SELECT ?claim ?target ?label WHERE {
                        ?claim cito:citesAsDataSource ?target . ?target rdfs:label ?label }""",
    "quotes": """SELECT ?claim ?target ?label WHERE { ?claim cito:includesQuotationFrom ?target .
                 OPTIONAL { ?target foaf:name ?label } OPTIONAL { ?target dcterms:title ?label } }""",
    "states": """SELECT ?claim ?target ?label WHERE {
                   ?target a npf:Statistic ; dcterms:isPartOf ?claim ; npf:quote ?label }""",
}
STATISTICS = """
SELECT ?stat ?value ?unit ?measure ?period ?place ?quote ?doc ?start ?end WHERE {
  ?stat a npf:Statistic ; rdf:value ?value ; npf:quote ?quote ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?stat npf:unit ?unit } OPTIONAL { ?stat npf:measure ?measure }
  OPTIONAL { ?stat dcterms:temporal ?period } OPTIONAL { ?stat dcterms:spatial ?place }
}"""
CONFLICTS = "SELECT ?a ?b WHERE { ?a npf:conflictsWith ?b }"
CLAIM_CONCEPTS = """
SELECT ?claim ?doc ?concept WHERE {
  ?claim a npf:Claim ; dcterms:subject ?concept ; prov:wasDerivedFrom ?doc .
}"""


def _rid(doc_iri: str) -> str:
    return "doc-" + doc_iri.rsplit("/", 1)[-1]


def _short(text: str, n: int = 22) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _add_documents(g: nx.Graph, store: GraphStore) -> None:
    for r in store.select(DOCS):
        rid = _rid(r["doc"])
        g.add_node(
            r["doc"],
            kind="document",
            label=_short(r["label"]),
            doc=rid,
            anchor="",
            detail={"title": r["label"], "type": r["type"], "year": r.get("year", ""), "file": r["file"]},
        )


def papers_graph(store: GraphStore) -> nx.Graph:
    """Documents and the works they cite; co-citation and coupling weights; corpus links highlighted."""
    g = nx.Graph(name="papers")
    _add_documents(g, store)
    cited_by: dict[str, set[str]] = defaultdict(set)
    for r in store.select(CITES):
        if r["doc"] not in g:
            continue
        work = r["work"]
        if work not in g:
            title = r.get("title") or r["raw"]
            g.add_node(work, kind="work", label=_short(title), detail={"title": title, "year": r.get("year", ""),
                                                                       "references": []})  # fmt: skip
        g.nodes[work]["detail"]["references"].append(r["raw"])
        g.add_edge(r["doc"], work, kind="cites", weight=1)
        cited_by[work].add(r["doc"])
    for r in store.select(CORPUS_LINKS):
        if r["a"] in g and r["b"] in g:
            g.add_edge(r["a"], r["b"], kind="corpus citation", weight=3, highlight=True)
    from npf_graph.view.analytics import cocitation, coupling

    for (a, b), w in cocitation(cited_by).items():
        g.add_edge(a, b, kind="co-cited", weight=w)
    docs = [n for n, d in g.nodes(data=True) if d["kind"] == "document"]
    for (a, b), w in coupling({d: {w for w in g.neighbors(d) if g.nodes[w]["kind"] == "work"} for d in docs}).items():
        g.add_edge(a, b, kind="coupled", weight=w)
    _add_authors_and_concepts(g, store)
    return g


def _add_authors_and_concepts(g: nx.Graph, store: GraphStore) -> None:
    for r in store.select(AUTHORS):
        if r["doc"] in g:
            g.add_node(r["person"], kind="author", label=r["name"], detail={"name": r["name"]})
            g.add_edge(r["doc"], r["person"], kind="author", weight=1)
    for r in store.select(SUBJECTS):
        if r["doc"] in g:
            if r["concept"] not in g:
                g.add_node(
                    r["concept"], kind="concept", label=r["label"], detail={"concept": r["label"], "documents": 0}
                )
            g.nodes[r["concept"]]["detail"]["documents"] += 1
            g.add_edge(r["doc"], r["concept"], kind="discusses", weight=1)


def claims_graph(store: GraphStore) -> nx.Graph:
    """Claims (all kinds but bare assertions) and the works, data sources, people and figures behind them."""
    g = nx.Graph(name="claims")
    _add_documents(g, store)
    for r in store.select(CLAIMS):
        rid = _rid(r["doc"])
        g.add_node(
            r["claim"],
            kind="claim",
            label=_short(r["text"], 18),
            doc=rid,
            anchor=f"s{r['start']}-{r['end']}",
            detail={
                "kind": r["kind"],
                "sentence": r["text"],
                "section": r.get("section", ""),
                "offsets": f"{r['start']}–{r['end']}",
                "sources": [],
            },
            claim_kind=r["kind"],
        )
        g.add_edge(r["doc"], r["claim"], kind="makes", weight=1)
    stats = {r["stat"]: r for r in store.select(STATISTICS)}
    conflicts: dict[str, list[str]] = defaultdict(list)
    for r in store.select(CONFLICTS):
        conflicts[r["a"]].append(stats[r["b"]]["quote"] if r["b"] in stats else r["b"])
    kinds = {"cites": "work", "data source": "datasource", "quotes": "speaker", "states": "statistic"}
    links = [dict(r, rel=rel) for rel, query in CLAIM_LINKS.items() for r in store.select(query)]
    for r in links:
        if r["claim"] not in g or g.nodes[r["claim"]].get("kind") != "claim":
            continue
        target, kind = r["target"], kinds[r["rel"]]
        label = r.get("label") or target.rsplit("/", 1)[-1]
        if target not in g:
            detail: dict[str, object] = {"name": label}
            attrs: dict[str, object] = {}
            if kind == "statistic" and target in stats:
                s = stats[target]
                detail = {"value": s["value"], "unit": s.get("unit", ""), "measure": s.get("measure", ""),
                          "period": s.get("period", ""), "place": s.get("place", ""), "quote": s["quote"],
                          "conflicts with": conflicts.get(target, [])}  # fmt: skip
                attrs = {"doc": _rid(s["doc"]), "anchor": f"s{s['start']}-{s['end']}"}
            g.add_node(target, kind=kind, label=_short(label, 18), detail=detail, **attrs)
        g.add_edge(r["claim"], target, kind=r["rel"], weight=1)
        g.nodes[r["claim"]]["detail"]["sources"].append(f"{r['rel']}: {label}")
    return g


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
    for concept, docs in docs_of.items():
        label = labels[concept]
        definition = idx.concepts[concept].definition if concept in idx.concepts else ""
        # sized by how many documents discuss it
        detail = {"concept": label, "documents": len(docs), "definition": definition or ""}
        g.add_node(concept, kind="concept", label=label, weight=3 * len(docs), detail=detail)
    for concepts in by_claim.values():
        present = sorted(c for c in concepts if c in g)
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                w = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
                g.add_edge(a, b, kind="co-occur", weight=w)
    for r in store.select(BROADER):
        if r["a"] in g and r["b"] in g:
            g.add_edge(r["a"], r["b"], kind="broader", weight=1)
    return g


def authors_graph(store: GraphStore) -> nx.Graph:
    """Co-authorship, and authors to the works their documents cite."""
    g = nx.Graph(name="authors")
    papers = papers_graph(store)
    for doc, data in papers.nodes(data=True):
        if data["kind"] != "document":
            continue
        authors = [n for n in papers.neighbors(doc) if papers.nodes[n]["kind"] == "author"]
        works = [n for n in papers.neighbors(doc) if papers.nodes[n]["kind"] == "work"]
        for a in authors:
            g.add_node(a, **papers.nodes[a])
            for w in works:
                g.add_node(w, **papers.nodes[w])
                g.add_edge(a, w, kind="cites", weight=1)
        for i, a in enumerate(authors):
            for b in authors[i + 1 :]:
                g.add_edge(a, b, kind="co-author", weight=1)
    return g


def build_view(store: GraphStore, name: str) -> nx.Graph:
    builders = {"papers": papers_graph, "claims": claims_graph, "concepts": concepts_graph, "authors": authors_graph}
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
    for h in hits[:20]:
        keep |= set(nx.single_source_shortest_path_length(g, h, cutoff=depth))
    sub = g.subgraph(keep).copy()
    sub.name = f"{g.name}: {label}"
    return sub
