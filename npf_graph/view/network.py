"""Views are projections: networkx graphs built from SPARQL results over the store."""

from __future__ import annotations

import networkx as nx

from npf_graph.store import GraphStore

NODE_STYLE = {
    "document": {"color": "#1f77b4", "shape": "box"},
    "author": {"color": "#ff7f0e", "shape": "dot"},
    "concept": {"color": "#2ca02c", "shape": "diamond"},
    "venue": {"color": "#9467bd", "shape": "triangle"},
}

DOCS_QUERY = """
SELECT ?doc ?label ?type ?year ?file WHERE {
  ?doc npf:docType ?type ; rdfs:label ?label ; prov:wasDerivedFrom ?f .
  ?f npf:fileName ?file .
  OPTIONAL { ?doc fabio:hasPublicationYear ?year }
}"""
AUTHORS_QUERY = """
SELECT ?doc ?person ?name WHERE {
  ?doc npf:docType ?t ; dcterms:creator ?person .
  ?person foaf:name ?name .
}"""
CONCEPTS_QUERY = """
SELECT ?doc ?concept ?label ?count WHERE {
  GRAPH ?g { ?doc dcterms:subject ?concept . }
  GRAPH ?o { ?concept skos:prefLabel ?label . FILTER(lang(?label) = "zh") }
  { SELECT ?doc ?concept (COUNT(?m) AS ?count) WHERE {
      ?m a npf:ConceptMention ; oa:hasBody ?concept ; oa:hasTarget/oa:hasSource ?doc } GROUP BY ?doc ?concept }
}"""
BROADER_QUERY = "SELECT ?a ?b WHERE { ?a skos:broader ?b }"


def papers_graph(store: GraphStore) -> nx.Graph:
    """Documents with their authors and the concepts they discuss."""
    g = nx.Graph(name="papers")
    for r in store.select(DOCS_QUERY):
        tip = f"{r['label']}\n{r['type']} · {r.get('year', '—')}\n{r['file']}"
        g.add_node(r["doc"], kind="document", label=r["label"][:24], title=tip, file=r["file"])
    for r in store.select(AUTHORS_QUERY):
        if r["doc"] not in g:
            continue
        if r["person"] not in g:
            g.add_node(r["person"], kind="author", label=r["name"], title=r["name"])
        g.add_edge(r["doc"], r["person"], kind="creator", weight=1)
    for r in store.select(CONCEPTS_QUERY):
        if r["doc"] not in g:
            continue
        if r["concept"] not in g:
            g.add_node(r["concept"], kind="concept", label=r["label"], title=r["label"], mentions=0)
        g.nodes[r["concept"]]["mentions"] += int(r["count"])
        g.add_edge(r["doc"], r["concept"], kind="subject", weight=int(r["count"]))
    for r in store.select(BROADER_QUERY):
        if r["a"] in g and r["b"] in g:
            g.add_edge(r["a"], r["b"], kind="broader", weight=1)
    return g
