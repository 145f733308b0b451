"""Citation statements (scite's idea): every sentence that cites a work, with its document,
section, claim kind and citation function (the CiTO property the wording shows)."""

from __future__ import annotations

from collections import defaultdict

from npf_graph.store import GraphStore

CITING = """
SELECT ?claim ?work ?text ?kind ?title ?section ?start WHERE {
  ?claim a npf:Claim ; cito:cites ?work ; rdf:value ?text ; npf:kind ?kind ; prov:wasDerivedFrom ?doc ;
         oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start .
  ?doc rdfs:label ?title .
  OPTIONAL { ?claim dcterms:isPartOf/dcterms:title ?section }
}"""
FUNCTIONS = """
SELECT ?claim ?work ?fn WHERE {
  ?claim a npf:Claim ; cito:cites ?work ; ?fn ?work .
  FILTER(STRSTARTS(STR(?fn), "http://purl.org/spar/cito/") && ?fn != cito:cites && ?fn != cito:includesQuotationFrom)
}"""


def citing_statements(store: GraphStore) -> dict[str, list[str]]:
    """Work IRI -> its citing sentences, each `sentence` then `— document · section · kind · function`."""
    functions = {(r["claim"], r["work"]): r["fn"].rsplit("/", 1)[-1] for r in store.select(FUNCTIONS)}
    rows: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for r in store.select(CITING):
        fn = functions.get((r["claim"], r["work"]), "cites")
        where = " · ".join(x for x in (r["title"], r.get("section", ""), r["kind"], fn) if x)
        rows[r["work"]].append((r["title"], int(r["start"]), f"{r['text']}\n— {where}"))
    return {work: [text for *_, text in sorted(set(found))] for work, found in rows.items()}
