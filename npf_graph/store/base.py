"""What every store backend offers, and the query result they share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, parse

from npf_graph.rdf.namespaces import NPF, ONTOLOGY_GRAPH, PROV, SKOS

Term = NamedNode | BlankNode | Literal


@dataclass
class QueryResult:
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple] | None = None


def insert_data(graph: NamedNode, quads: Iterable[Quad]) -> str:
    """One SPARQL update that replaces a named graph: applied as one transaction."""
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


def bind_values(sparql: str, params: dict[str, Term]) -> str:
    """Open the query's WHERE block with `VALUES (?k …) { (term …) }`: the terms are serialised
    by the RDF library (N-Triples syntax, quotes and newlines escaped), so they stay terms."""
    names = " ".join(f"?{k}" for k in params)
    values = " ".join(str(v) for v in params.values())
    m = re.search(r"\bWHERE\s*\{", sparql, re.I) or re.search(r"\{", sparql)
    if m is None:
        raise ValueError("no WHERE block to bind parameters in")
    return f"{sparql[: m.end()]} VALUES ({names}) {{ ({values}) }} {sparql[m.end() :]}"


# every file of a document: the one it was derived from, and copies (alternates) of it
DOCUMENT_GRAPHS = f"""SELECT ?g ?sha WHERE {{ GRAPH ?g {{
  ?doc <{PROV}wasDerivedFrom> ?first .
  {{ BIND(?first AS ?f) }} UNION {{ ?f <{PROV}alternateOf> ?first }}
  ?f <{NPF}sha256> ?sha }} }}"""


class GraphStore:
    """The interface: named graphs in, SPARQL out. Subclasses implement `update`, `run`, `dump_trig`."""

    def update(self, sparql_update: str) -> None:
        raise NotImplementedError

    def run(self, sparql: str, params: dict[str, Term] | None = None, max_rows: int | None = None) -> QueryResult:
        """SELECT / ASK / CONSTRUCT with the standard prefixes declared, `params` bound as terms;
        QueryError past `max_rows` rows."""
        raise NotImplementedError

    def dump_trig(self, path: Path) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Persist what was written (a no-op where every update is already durable)."""

    # ------------------------------------------------------------ shared behaviour
    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace one named graph with `quads`, atomically."""
        self.update(insert_data(graph, quads))

    def remove_graph(self, graph: NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def write_graphs(self, quads: Iterable[Quad]) -> None:
        """Replace every named graph that `quads` (grouped by graph) holds: here one update per
        graph; a local store loads them all through its bulk loader."""
        graph, batch = None, []
        for q in quads:
            if q.graph_name != graph and batch:
                self.replace_graph(graph, batch)
                batch = []
            graph = q.graph_name
            batch.append(q)
        if batch:
            self.replace_graph(graph, batch)

    def load_ontology(self, turtle_files: Iterable[Path]) -> list[Quad]:
        """The ontology graph, with every concept label also as a plain string (`skos:hiddenLabel`),
        so a query finds a concept by a label given with or without a language tag through the
        index (`?c skos:hiddenLabel "耐心资本"`) instead of comparing STR() over every label."""
        graph = NamedNode(ONTOLOGY_GRAPH)
        quads = [
            Quad(t.subject, t.predicate, t.object, graph)
            for f in turtle_files
            for t in parse(path=str(f), format=RdfFormat.TURTLE)
        ]
        labels = {NamedNode(SKOS + "prefLabel"), NamedNode(SKOS + "altLabel")}
        hidden = NamedNode(SKOS + "hiddenLabel")
        plain = {
            Quad(q.subject, hidden, Literal(q.object.value), graph)
            for q in quads
            if q.predicate in labels and isinstance(q.object, Literal)
        }
        quads += sorted(plain, key=str)
        self.replace_graph(graph, quads)
        return quads

    def graph_quads(self, graph: NamedNode) -> list[Quad]:
        """Every quad of one named graph."""
        res = self.run(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        return [Quad(s, p, o, graph) for s, p, o in res.triples or []]

    def select(self, sparql: str, params: dict[str, Term] | None = None) -> list[dict[str, str]]:
        """Rows of a SELECT as dicts of plain strings."""
        res = self.run(sparql, params)
        return [{k: v.value for k, v in row.items()} for row in res.rows]

    def rows(self, sparql: str) -> Iterator[dict[str, str]]:
        """Rows of a SELECT as dicts of plain strings, one at a time where the backend can stream
        them (a local store does; a server's answer is read whole)."""
        yield from self.select(sparql)

    def document_graphs(self) -> dict[str, str]:
        """sha256 of each stored document's source file -> its named graph IRI."""
        return {r["sha"]: r["g"] for r in self.select(DOCUMENT_GRAPHS)}

    def count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0
