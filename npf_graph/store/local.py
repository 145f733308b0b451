"""Oxigraph embedded: a folder on disk, or memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat, Store

from npf_graph.errors import QueryError, StoreError
from npf_graph.rdf.namespaces import PREFIXES
from npf_graph.store.base import GraphStore, QueryResult, Term, bind_values


class LocalStore(GraphStore):
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
            raise StoreError(f"cannot open the store: {' '.join(str(exc).split())}", str(path)) from exc

    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """A graph the store does not hold yet is added in one `extend` (a single transaction,
        several times faster than parsing an update); an existing one is replaced by one update."""
        if not self.store.contains_named_graph(graph):
            self.store.extend(quads)
        else:
            super().replace_graph(graph, quads)

    def write_graphs(self, quads: Iterable[Quad]) -> None:
        """Every graph in `quads` (grouped by graph) replaces the one of that name, through
        Oxigraph's bulk loader: the quads stream to disk in batches and are never all held in
        memory, nor kept in a transaction. Not atomic: builds write into a staged copy."""

        def fresh() -> Iterator[Quad]:
            graph = None
            for q in quads:
                if q.graph_name != graph:
                    graph = q.graph_name
                    if self.store.contains_named_graph(graph):
                        self.store.remove_graph(graph)
                yield q

        self.store.bulk_extend(fresh())

    def update(self, sparql_update: str) -> None:
        self.store.update(sparql_update, prefixes=PREFIXES)

    def run(self, sparql: str, params: dict[str, Term] | None = None, max_rows: int | None = None) -> QueryResult:
        """Parameters are bound by a VALUES clause opening the WHERE block (terms serialised by
        pyoxigraph, so they stay terms): Oxigraph then plans the query with them as constants,
        where `substitutions` would join them in after evaluation."""
        text = bind_values(sparql, params) if params else sparql
        try:
            result = self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
            if isinstance(result, QueryBoolean):
                return QueryResult(boolean=bool(result))
            if isinstance(result, QuerySolutions):
                names = [v.value for v in result.variables]
                rows = []
                for row in result:
                    if max_rows is not None and len(rows) == max_rows:
                        break
                    rows.append({n: row[n] for n in names if row[n] is not None})
                else:
                    return QueryResult(names, rows)
                # pyoxigraph's results must be dropped on this thread, not by whoever catches the error
                del result, row
                raise QueryError(f"more than {max_rows:,} result rows; add LIMIT or raise the cap")
            return QueryResult(triples=[(t.subject, t.predicate, t.object) for t in result])
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise QueryError(" ".join(str(exc).split())) from exc

    def rows(self, sparql: str) -> Iterator[dict[str, str]]:
        """Rows of a SELECT as Oxigraph yields them: never all in memory (a view of a large
        corpus reads millions of rows to keep a few thousand)."""
        try:
            result = self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise QueryError(" ".join(str(exc).split())) from exc
        names = [v.value for v in result.variables]
        for row in result:
            yield {n: row[n].value for n in names if row[n] is not None}

    def count(self) -> int:
        return len(self.store)

    def dump_trig(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        self.store.dump(str(tmp), format=RdfFormat.TRIG, prefixes=PREFIXES)
        tmp.replace(path)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()

    def dataset(self):
        """This store as an rdflib Dataset (through oxrdflib), for scripts written against rdflib."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.store), default_union=True)
