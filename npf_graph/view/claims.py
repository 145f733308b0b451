"""The claims view: claims, grouped under the works they cite, and the data sources, people
and figures behind them; a work's panel lists the sentences that cite it."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from npf_graph.store import GraphStore
from npf_graph.view.papers import add_documents, author_lists, rid, short
from npf_graph.view.statements import citing_statements

CLAIMS = """
SELECT ?claim ?doc ?kind ?text ?start ?end ?section WHERE {
  ?claim a npf:Claim ; npf:kind ?kind ; rdf:value ?text ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?claim dcterms:isPartOf/dcterms:title ?section }
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


def _values(store: GraphStore, query: str, var: str, terms: set[str] | None, batch: int = 400) -> list[dict]:
    """Rows of `query`, for the `terms` of ?var only when given (VALUES, in batches)."""
    if terms is None:
        return store.select(query)
    ordered, rows = sorted(terms), []
    for i in range(0, len(ordered), batch):
        iris = " ".join(f"<{t}>" for t in ordered[i : i + batch])
        rows += store.select(query.replace("WHERE {", f"WHERE {{ VALUES ?{var} {{ {iris} }}", 1))
    return rows


def claims_graph(store: GraphStore) -> nx.DiGraph:
    """Claims and the works, data sources, people and figures behind them; claims that cite a
    work hang close under it, bare assertions are there but shown only when asked for.

    Past CLAIM_LIMIT claims the view filters: it inlines the claims behind the most claimed
    sources (and their documents) and says so; every claim stays on its reader page and in
    `trace`, `query --name claims-citing-work` and the other saved queries."""
    g = nx.DiGraph(name="claims", off_claim_kinds=["assertion"])
    total = int(store.select(COUNT)[0]["n"])
    links = [dict(r, rel=rel) for rel, query in CLAIM_LINKS.items() for r in store.select(query)]
    chosen: set[str] | None = None
    if total > CLAIM_LIMIT:
        chosen = chosen_claims(links, CLAIM_LIMIT)
        links = [r for r in links if r["claim"] in chosen]
        g.graph["note"] = (
            f"{len(chosen):,} of {total:,} claims: those behind the most claimed works, data sources, people and "
            "figures. Every claim is on its document's reader page; `npf-graph trace` and `query` find any of them."
        )
    add_documents(g, store, author_lists(store))
    for r in _values(store, CLAIMS, "claim", chosen):
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
    stats = {r["stat"]: r for r in _values(store, STATISTICS, "stat", wanted)}
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
        g.nodes[r["claim"]]["detail"]["sources"].append(f"{r['rel']}: {label}")
    works = {n for n, d in g.nodes(data=True) if d.get("kind") == "work"}
    for work, statements in citing_statements(store, works).items():
        g.nodes[work]["detail"]["citing sentences"] = statements
    if chosen is not None:  # only the documents of the claims shown
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if d.get("kind") == "document" and not g.degree(n)])
    return g
