"""Writing document graphs into a SPARQL 1.1 server in batches: one request per batch, never
one per graph or per triple.

Two ways, measured on 200 papers of the scale corpus (`bench/scaling.py`, `docs/scaling.md`):
the N-Quads POST wrote 2.9 times as many triples per second into an Oxigraph server as one
form-encoded update per graph did before, and one SPARQL UPDATE per batch was no faster than that
(Oxigraph parses N-Quads much faster than a long update). Oxigraph's `?no_transaction` POST
(its bulk loader) was not faster either, and is not used.

- `gsp` (the default where the server has a Graph Store endpoint: Oxigraph's `/store`): one
  SPARQL UPDATE drops the batch's graphs, then one `POST` of the batch as N-Quads (Graph Store
  HTTP Protocol on the dataset) adds them; the server parses N-Quads, the cheapest RDF syntax,
  and applies the POST in one transaction.
- `update` (any SPARQL 1.1 endpoint: Fuseki, Virtuoso, GraphDB, QLever's update endpoint):
  one SPARQL UPDATE per batch, `DROP SILENT GRAPH` of each graph then one `INSERT DATA` with
  every graph of the batch, applied by the server as one transaction.

A server that answers the Graph Store POST with 404, 405 or 415 is written through `update`
from then on. Both send the body as it is (`application/sparql-update`, `application/n-quads`),
not URL-encoded. A build killed between the drop and the POST leaves those documents missing,
never half-written, and the next build writes them again (they are no longer stored).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, serialize

from npf_graph.errors import QueryError, StoreError

BATCH_QUADS = 50_000
"""Quads per request: large enough that requests cost little, small enough for any server."""

WRITE_MODES = ("gsp", "update")
UNSUPPORTED = (404, 405, 415)


def batches(quads: Iterable[Quad], size: int = BATCH_QUADS) -> Iterator[list[tuple[NamedNode, list[Quad]]]]:
    """Quads grouped by graph (as they come, graph after graph) into batches of whole graphs of
    about `size` quads; a graph larger than `size` is a batch of its own."""
    batch: list[tuple[NamedNode, list[Quad]]] = []
    count = 0
    for q in quads:
        if not batch or q.graph_name != batch[-1][0]:
            if count >= size:
                yield batch
                batch, count = [], 0
            batch.append((q.graph_name, []))
        batch[-1][1].append(q)
        count += 1
    if batch:
        yield batch


def drop_graphs(graphs: Iterable[NamedNode]) -> str:
    return " ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs)


def insert_batch(batch: list[tuple[NamedNode, list[Quad]]]) -> bytes:
    """One SPARQL update replacing every graph of the batch (N-Triples is valid SPARQL triples)."""
    parts = [drop_graphs(g for g, _ in batch).encode("utf-8"), b" ;\nINSERT DATA {\n"]
    for graph, quads in batch:
        triples = (Triple(q.subject, q.predicate, q.object) for q in quads)
        parts += [f"GRAPH {graph} {{\n".encode(), serialize(triples, format=RdfFormat.N_TRIPLES), b"}\n"]
    parts.append(b"}")
    return b"".join(parts)


def nquads(batch: list[tuple[NamedNode, list[Quad]]]) -> bytes:
    return serialize((q for _, quads in batch for q in quads), format=RdfFormat.N_QUADS)


def post(url: str, body: bytes, content_type: str, timeout: float) -> bytes:
    """POST `body` as it is; QueryError (with `.status`) when the server refuses it."""
    req = urllib.request.Request(url, data=body, headers={"Content-Type": content_type, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
        err = QueryError(f"endpoint answered {exc.code}: {detail}")
        err.status = exc.code  # type: ignore[attr-defined]
        raise err from exc
    except urllib.error.URLError as exc:
        raise StoreError(f"cannot reach the endpoint: {exc.reason}", url) from exc


class BatchWriter:
    """Writes batches of whole graphs to one server, by `gsp` while the server takes it, else `update`."""

    def __init__(self, update_url: str, store_url: str | None, mode: str | None, prefixes: str, timeout: float):
        if mode is not None and mode not in WRITE_MODES:
            raise StoreError(f"unknown write mode {mode!r}; choose one of {', '.join(WRITE_MODES)}")
        self.update_url, self.store_url, self.timeout = update_url, store_url, timeout
        self.prefixes = prefixes.encode("utf-8")
        self.mode = mode or ("gsp" if store_url else "update")
        self.requests = 0

    def update(self, text: bytes) -> None:
        self.requests += 1
        post(self.update_url, self.prefixes + text, "application/sparql-update", self.timeout)

    def write(self, quads: Iterable[Quad], size: int = BATCH_QUADS) -> None:
        for batch in batches(quads, size):
            if self.mode == "gsp" and self.store_url is not None:
                self.update(drop_graphs(g for g, _ in batch).encode("utf-8"))
                try:
                    self.requests += 1
                    post(self.store_url, nquads(batch), "application/n-quads", self.timeout)
                    continue
                except QueryError as exc:
                    if getattr(exc, "status", None) not in UNSUPPORTED:
                        raise
                    self.mode = "update"  # no Graph Store endpoint there: SPARQL Update from now on
            self.update(insert_batch(batch))
