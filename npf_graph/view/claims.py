"""The claims view: claims, grouped under the works they cite, and the data sources, people
and figures behind them; a work's panel lists the sentences that cite it."""

from __future__ import annotations

import heapq
from collections import defaultdict
from itertools import groupby

import networkx as nx

from npf_graph.store import GraphStore
from npf_graph.view.papers import add_documents, author_lists, rid, short
from npf_graph.view.statements import citing_statements, select_values

CLAIMS = """
SELECT ?claim ?doc ?kind ?text ?start ?end ?section WHERE {
  ?claim a npf:Claim ; npf:kind ?kind ; rdf:value ?text ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?claim dcterms:isPartOf/dcterms:title ?section }
}"""
# one simple query per relation (a UNION of them is far slower on a large store), inside each
# document graph: a work's title repeats in every graph citing it, and over the union each claim
# citing it would meet every copy (24 MB of repeated sources in the claims view of 10,000 papers)
PATTERNS = {
    "cites": "?claim cito:cites ?target",
    "data source": "?claim cito:citesAsDataSource ?target",
    "quotes": "?claim cito:includesQuotationFrom ?target",
    "states": "?target a npf:Statistic ; dcterms:isPartOf ?claim",
}
LABELS = {
    "cites": "OPTIONAL { ?target dcterms:title ?label }",
    "data source": "?target rdfs:label ?label",
    "quotes": "OPTIONAL { ?target foaf:name ?label } OPTIONAL { ?target dcterms:title ?label }",
    "states": "?target npf:quote ?label",
}
CLAIM_LINKS = {
    rel: f"SELECT DISTINCT ?claim ?target ?label WHERE {{ GRAPH ?g {{ {PATTERNS[rel]} . {LABELS[rel]} }} }}"
    for rel in PATTERNS
}
# how many claims each source gathers, and the claims of given sources
SOURCE_COUNTS = {
    rel: f"SELECT ?target (COUNT(DISTINCT ?claim) AS ?n) WHERE {{ {pat} }} GROUP BY ?target"
    for rel, pat in PATTERNS.items()
}
SOURCE_CLAIMS = {rel: f"SELECT DISTINCT ?claim WHERE {{ {pat} }}" for rel, pat in PATTERNS.items()}
STATISTICS = """
SELECT ?stat ?value ?unit ?measure ?period ?place ?quote ?doc ?start ?end WHERE {
  ?stat a npf:Statistic ; rdf:value ?value ; npf:quote ?quote ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?stat npf:unit ?unit } OPTIONAL { ?stat npf:measure ?measure }
  OPTIONAL { ?stat dcterms:temporal ?period } OPTIONAL { ?stat dcterms:spatial ?place }
}"""
CONFLICTS = "SELECT ?a ?b WHERE { ?a npf:conflictsWith ?b }"


COUNT = "SELECT (COUNT(?claim) AS ?n) WHERE { ?claim a npf:Claim }"
CLAIM_LIMIT = 1500  # claims a view of a large corpus inlines (the page stays small and paints fast)


def chosen_claims(links: list[dict], limit: int = CLAIM_LIMIT) -> set[str]:
    """The `limit` claims behind the most claimed sources: each claim ranked by the most
    claims any of its works, data sources, people or figures gathers."""
    claims_of: dict[str, int] = defaultdict(int)
    for r in links:
        claims_of[r["target"]] += 1
    score: dict[str, int] = defaultdict(int)
    for r in links:
        score[r["claim"]] = max(score[r["claim"]], claims_of[r["target"]])
    return set(sorted(score, key=lambda c: (-score[c], c))[:limit])


def top_claims(store: GraphStore, limit: int = CLAIM_LIMIT) -> set[str]:
    """`chosen_claims` asked of the store in memory bounded by what it chooses: the store counts
    each source's claims, the `keep` most claimed sources of each relation are kept, and their
    claims are read level by level (most claimed first) until `limit` claims are chosen. A level
    some relation's kept sources may not hold whole is not read: `keep` grows and it starts again."""
    keep = limit
    while True:
        best: dict[str, tuple[int, set[str]]] = {}
        floor = 0  # below this count some relation's sources were left out
        for rel, query in SOURCE_COUNTS.items():
            counts = ((r["target"], int(r["n"])) for r in store.rows(query))
            kept = heapq.nsmallest(keep, counts, key=lambda tn: (-tn[1], tn[0]))
            if len(kept) == keep:
                floor = max(floor, kept[-1][1])
            for target, n in kept:
                have, rels = best.get(target, (0, set()))
                best[target] = (have + n, rels | {rel})
        chosen = _walk(store, best, limit, floor)
        if chosen is not None:
            return chosen
        keep *= 4


def _walk(store: GraphStore, best: dict[str, tuple[int, set[str]]], limit: int, floor: int) -> set[str] | None:
    """The claims of the sources in `best`, most claimed first, up to `limit` (ties by IRI); None
    when that needs a level at or below `floor`."""
    chosen: set[str] = set()
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    for score, level in groupby(ranked, key=lambda item: item[1][0]):
        if score <= floor:
            return None
        targets = [(t, rels) for t, (_, rels) in level]
        new: set[str] = set()
        for rel in PATTERNS:
            some = {t for t, rels in targets if rel in rels}
            if some:
                new |= {r["claim"] for r in select_values(store, SOURCE_CLAIMS[rel], "target", some)}
        new -= chosen
        chosen |= set(sorted(new)[: limit - len(chosen)])
        if len(chosen) >= limit:
            break
    return chosen


def _links(store: GraphStore, chosen: set[str] | None) -> list[dict]:
    """Every (claim, source, label) row of each relation, of the `chosen` claims only when given."""
    links = []
    for rel, query in CLAIM_LINKS.items():
        rows = store.select(query) if chosen is None else select_values(store, query, "claim", chosen)
        links += [dict(r, rel=rel) for r in rows]
    return links


def claims_graph(store: GraphStore) -> nx.DiGraph:
    """Claims and the works, data sources, people and figures behind them; claims that cite a
    work hang close under it, bare assertions are there but shown only when asked for.

    Past CLAIM_LIMIT claims the view filters: it inlines the claims behind the most claimed
    sources (and their documents) and says so; every claim stays on its reader page and in
    `trace`, `query --name claims-citing-work` and the other saved queries."""
    g = nx.DiGraph(name="claims", off_claim_kinds=["assertion"])
    total = int(store.select(COUNT)[0]["n"])
    chosen: set[str] | None = None
    if total > CLAIM_LIMIT:
        chosen = top_claims(store, CLAIM_LIMIT)
        g.graph["note"] = (
            f"{len(chosen):,} of {total:,} claims: those behind the most claimed works, data sources, people and "
            "figures. Every claim is on its document's reader page; `npf-graph trace` and `query` find any of them."
        )
    links = _links(store, chosen)
    found = store.select(CLAIMS) if chosen is None else select_values(store, CLAIMS, "claim", chosen)
    docs = None if chosen is None else {r["doc"] for r in found}  # a large corpus: the claims' documents
    add_documents(g, store, author_lists(store, docs), docs)
    for r in found:
        doc_id = rid(r["doc"])
        g.add_node(
            r["claim"],
            kind="claim",
            label=short(r["text"], 40),
            hover_label=True,
            doc=doc_id,
            anchor="claim-" + r["claim"].rsplit("/", 1)[-1],
            detail={
                "kind": r["kind"],
                "sentence": r["text"],
                "section": r.get("section", ""),
                "offsets": f"{r['start']}–{r['end']}",
                "sources": [],
            },
            claim_kind=r["kind"],
        )
        g.add_edge(r["doc"], r["claim"], kind="makes", weight=1, directed=False, length=320)
    wanted = None if chosen is None else {r["target"] for r in links if r["rel"] == "states"}
    found = store.select(STATISTICS) if wanted is None else select_values(store, STATISTICS, "stat", wanted)
    stats = {r["stat"]: r for r in found}
    conflicts: dict[str, list[str]] = defaultdict(list)
    for r in store.select(CONFLICTS):
        conflicts[r["a"]].append(stats[r["b"]]["quote"] if r["b"] in stats else r["b"])
    kinds = {"cites": "work", "data source": "datasource", "quotes": "speaker", "states": "statistic"}
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
                attrs = {"doc": rid(s["doc"]), "anchor": f"s{s['start']}-{s['end']}"}
            g.add_node(target, kind=kind, label=short(label, 18), detail=detail, **attrs)
        if r["rel"] == "cites":  # a citation statement sits right under the work it cites
            g.add_edge(r["claim"], target, kind="cites", weight=3, length=60)
        elif not g.has_edge(r["claim"], target):  # a quoted work it cites stays a `cites` link
            g.add_edge(r["claim"], target, kind=r["rel"], weight=1, directed=False)
        sources = g.nodes[r["claim"]]["detail"]["sources"]
        if f"{r['rel']}: {label}" not in sources:
            sources.append(f"{r['rel']}: {label}")
    works = {n for n, d in g.nodes(data=True) if d.get("kind") == "work"}
    for work, statements in citing_statements(store, works).items():
        g.nodes[work]["detail"]["citing sentences"] = statements
    if chosen is not None:  # only the documents of the claims shown
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if d.get("kind") == "document" and not g.degree(n)])
    return g
