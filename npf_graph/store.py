"""The triple store behind one small interface: Oxigraph on disk (default) or in memory.

Every document lives in its own named graph; replacing a document is one SPARQL
update (drop the graph, insert its triples), which Oxigraph applies in a single
transaction, so a crash leaves each document either fully old or fully new.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import NamedNode, Quad, QuerySolutions, RdfFormat, Store

from npf_graph.errors import StoreError
from npf_graph.rdf.namespaces import NPF, ONTOLOGY_GRAPH, PROV, sparql_prefixes


def _insert_data(graph: NamedNode, quads: Iterable[Quad]) -> str:
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


class GraphStore:
    """A local Oxigraph store (a folder, or memory when `path` is None)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path else None
        try:
            if self.path is None:
                self.store = Store()
            elif read_only:
                self.store = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store: {exc}", str(path)) from exc

    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace one named graph with `quads`, atomically."""
        self.store.update(_insert_data(graph, quads))

    def remove_graph(self, graph: NamedNode) -> None:
        self.store.update(f"DROP SILENT GRAPH {graph}")

    def load_ontology(self, turtle_files: Iterable[Path]) -> None:
        graph = NamedNode(ONTOLOGY_GRAPH)
        quads: list[Quad] = []
        for f in turtle_files:
            from pyoxigraph import parse

            quads.extend(
                Quad(t.subject, t.predicate, t.object, graph) for t in parse(path=str(f), format=RdfFormat.TURTLE)
            )
        self.replace_graph(graph, quads)

    def document_graphs(self) -> dict[str, str]:
        """sha256 of each stored document -> its named graph IRI."""
        rows = self.select(
            f"SELECT ?g ?sha WHERE {{ GRAPH ?g {{ ?doc <{PROV}wasDerivedFrom> ?f . ?f <{NPF}sha256> ?sha }} }}"
        )
        return {r["sha"]: r["g"] for r in rows}

    def query(self, sparql: str, prefixes: bool = True):
        text = sparql_prefixes() + sparql if prefixes else sparql
        return self.store.query(text, use_default_graph_as_union=True)

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as dicts of plain strings."""
        result = self.query(sparql)
        if not isinstance(result, QuerySolutions):
            raise StoreError("not a SELECT query")
        names = [v.value for v in result.variables]
        return [
            {n: row[n].value for n in names if row[n] is not None}
            for row in result  # type: ignore[union-attr]
        ]

    def count(self) -> int:
        return len(self.store)

    def dump_trig(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        self.store.dump(str(tmp), format=RdfFormat.TRIG)
        tmp.replace(path)

    def quads(self) -> Iterator[Quad]:
        return iter(self.store)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()
