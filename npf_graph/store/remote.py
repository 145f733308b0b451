"""A SPARQL 1.1 endpoint over HTTP: the SPARQL 1.1 Protocol for queries and updates, and the
Graph Store HTTP Protocol for bulk writes where the server has it (`remote_writes.py`).

`RemoteStore("http://127.0.0.1:7878")` talks to `<url>/query` and `<url>/update` (Oxigraph
server; Apache Jena Fuseki's `http://host:3030/<dataset>` works the same way); a URL that
ends in `/sparql` (Virtuoso, GraphDB) is used for both. The endpoint should answer queries
over the union of its named graphs (Oxigraph: `--union-default-graph`; Fuseki:
`tdb2:unionDefaultGraph true`). Parameters are appended as a VALUES clause of RDF terms
serialised by the RDF library, never pasted as raw text. Document graphs are written in
batches of whole graphs, one request per batch (`write_graphs`).
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from npf_graph.errors import QueryError, StoreError
from npf_graph.rdf.namespaces import PREFIXES, sparql_prefixes
from npf_graph.store.base import GraphStore, QueryResult, Term, bind_values
from npf_graph.store.remote_writes import BatchWriter, insert_batch

TIMEOUT = 120


def _term(binding: dict) -> Term:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if "xml:lang" in binding:
        return Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return Literal(value, datatype=NamedNode(binding["datatype"]))
    return Literal(value)


class RemoteStore(GraphStore):
    """`write_mode`: "gsp" or "update" (see `remote_writes.py`); by default "gsp" where the URL
    has a Graph Store endpoint beside it (`<url>/store`, Oxigraph), falling back to "update"."""

    def __init__(self, url: str, write_mode: str | None = None) -> None:
        base = url.rstrip("/")
        self.url = base
        if base.endswith("/sparql"):
            self.query_url = self.update_url = base
            store_url = None
        else:
            self.query_url, self.update_url = f"{base}/query", f"{base}/update"
            store_url = f"{base}/store"
        self.writer = BatchWriter(self.update_url, store_url, write_mode, sparql_prefixes(), TIMEOUT)

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode("utf-8")
        req = urllib.request.Request(url, data=data, headers={"Accept": accept})
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            raise QueryError(f"endpoint answered {exc.code}: {detail}") from exc
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot reach the endpoint: {exc.reason}", url) from exc

    def update(self, sparql_update: str) -> None:
        """One SPARQL update, POSTed as `application/sparql-update` (no URL-encoding of the body)."""
        self.writer.update(sparql_update.encode("utf-8"))

    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        self.writer.update(insert_batch([(graph, quads)]) if quads else f"DROP SILENT GRAPH {graph}".encode())

    def write_graphs(self, quads: Iterable[Quad]) -> None:
        """Every graph in `quads` (grouped by graph) replaces the one of that name, a batch of
        whole graphs per request."""
        self.writer.write(quads)

    def run(self, sparql: str, params: dict[str, Term] | None = None, max_rows: int | None = None) -> QueryResult:
        text = sparql_prefixes() + (bind_values(sparql, params) if params else sparql)
        body = self._post(self.query_url, {"query": text}, "application/sparql-results+json, application/n-triples")
        try:
            data = json.loads(body)
        except ValueError:
            from pyoxigraph import RdfFormat, parse

            return QueryResult(
                triples=[(t.subject, t.predicate, t.object) for t in parse(body, format=RdfFormat.N_TRIPLES)]
            )
        if "boolean" in data:
            return QueryResult(boolean=bool(data["boolean"]))
        names = data["head"].get("vars", [])
        bindings = data["results"]["bindings"]
        if max_rows is not None and len(bindings) > max_rows:
            raise QueryError(f"more than {max_rows:,} result rows; add LIMIT or raise the cap")
        rows = [{k: _term(v) for k, v in b.items()} for b in bindings]
        return QueryResult(names, rows)

    def dump_trig(self, path: Path) -> None:
        """The whole dataset through the Graph Store Protocol (Oxigraph: GET /store); from a
        server without it (404, 405, 406), every quad through one SELECT over the named graphs."""
        req = urllib.request.Request(f"{self.url}/store", headers={"Accept": "application/trig"})
        tmp = path.with_suffix(path.suffix + ".tmp")
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp, tmp.open("wb") as fh:
                shutil.copyfileobj(resp, fh, 1 << 20)
        except urllib.error.HTTPError as exc:
            if exc.code not in (404, 405, 406):
                raise StoreError(f"cannot dump the dataset: {exc}", self.url) from exc
            self._dump_by_select(tmp)
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot dump the dataset: {exc}", self.url) from exc
        tmp.replace(path)

    def _dump_by_select(self, path: Path) -> None:
        from pyoxigraph import Quad, RdfFormat, serialize

        rows = self.run("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g").rows
        quads = (Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        serialize(quads, output=str(path), format=RdfFormat.TRIG, prefixes=PREFIXES)

    def dataset(self):
        """This endpoint as an rdflib Dataset (SPARQLUpdateStore)."""
        import rdflib
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        store = SPARQLUpdateStore(query_endpoint=self.query_url, update_endpoint=self.update_url)
        return rdflib.Dataset(store=store, default_union=True)
