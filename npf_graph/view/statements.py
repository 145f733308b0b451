"""Citation statements (scite's idea): every sentence that cites a work, with its document,
section, claim kind and citation function (the CiTO property the wording shows)."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from npf_graph.store import GraphStore

VIEW_NODES = 3000  # nodes a view of a large corpus inlines: the page stays small and paints fast
MAX_STATEMENTS = 12  # citing sentences a work's panel lists; `trace --work` gives every one
BATCH = 400  # works per query when only some are asked for

# the claims citing the works first, then their sentences: asked in one query with the works
# bound, Oxigraph joined the selectors first and passed 5.7 GB for 100 works of 10,000 papers
CITING = "SELECT ?claim ?work WHERE { ?claim a npf:Claim ; cito:cites ?work }"
SENTENCES = """
SELECT ?claim ?text ?kind ?title ?section ?start WHERE {
  ?claim rdf:value ?text ; npf:kind ?kind ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start .
  ?doc rdfs:label ?title .
  OPTIONAL { ?claim dcterms:isPartOf/dcterms:title ?section }
}"""
FUNCTIONS = """
SELECT ?claim ?work ?fn WHERE {
  ?claim a npf:Claim ; cito:cites ?work ; ?fn ?work .
  FILTER(STRSTARTS(STR(?fn), "http://purl.org/spar/cito/") && ?fn != cito:cites && ?fn != cito:includesQuotationFrom)
}"""


def citing_statements(store: GraphStore, works: set[str] | None = None) -> dict[str, list[str]]:
    """Work IRI -> its citing sentences, each `sentence` then `— document · section · kind · function`
    (at most MAX_STATEMENTS, then how many more). With `works`, only theirs, asked for in batches."""
    if works is not None and len(works) > BATCH:
        ordered = sorted(works)
        out: dict[str, list[str]] = {}
        for i in range(0, len(ordered), BATCH):
            out |= citing_statements(store, set(ordered[i : i + BATCH]))
        return out
    if works is not None and not works:
        return {}
    iris = " ".join(f"<{w}>" for w in sorted(works or ()))
    values = f"VALUES ?work {{ {iris} }} " if works is not None else ""
    functions = {(r["claim"], r["work"]): r["fn"].rsplit("/", 1)[-1] for r in store.select(_bound(FUNCTIONS, values))}
    works_of: dict[str, list[str]] = defaultdict(list)
    for r in store.select(_bound(CITING, values)):
        works_of[r["claim"]].append(r["work"])
    found = store.select(SENTENCES) if works is None else select_values(store, SENTENCES, "claim", works_of)
    rows: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for r in found:
        for work in works_of.get(r["claim"], ()):
            fn = functions.get((r["claim"], work), "cites")
            where = " · ".join(x for x in (r["title"], r.get("section", ""), r["kind"], fn) if x)
            rows[work].append((r["title"], int(r["start"]), f"{r['text']}\n— {where}"))
    out = {}
    for work, cited in rows.items():
        texts = [text for *_, text in sorted(set(cited))]
        more = len(texts) - MAX_STATEMENTS
        out[work] = texts[:MAX_STATEMENTS] + ([f"… {more} more: npf-graph trace --work TITLE"] if more > 0 else [])
    return out


def select_values(store: GraphStore, query: str, var: str, terms, batch: int = BATCH) -> list[dict[str, str]]:
    """Rows of `query` for the `terms` of ?var only (a VALUES block opening its WHERE, in batches)."""
    ordered, rows = sorted(terms), []
    for i in range(0, len(ordered), batch):
        iris = " ".join(f"<{t}>" for t in ordered[i : i + batch])
        rows += store.select(_bound(query, f"VALUES ?{var} {{ {iris} }} "))
    return rows


def _bound(query: str, values: str) -> str:
    return query.replace("WHERE {", "WHERE { " + values, 1)


def inline_only(g: nx.Graph, limit: int | None = None) -> nx.Graph:
    """The `limit` most central nodes of a view too large to inline whole (see html.reduce_graph),
    keeping the reduction's note; the rest stay reachable through trace, query and reader pages."""
    limit = VIEW_NODES if limit is None else limit
    if g.number_of_nodes() <= limit:
        return g
    from npf_graph.view.html import reduce_graph

    sub, note = reduce_graph(g, limit)
    sub.graph["note"] = note
    return sub
