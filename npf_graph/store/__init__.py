"""The triple store behind one small interface.

- `LocalStore`: Oxigraph on disk (the default, `out/store/`) or in memory;
- `RemoteStore`: any SPARQL 1.1 endpoint given as a URL (Oxigraph server, Apache Jena
  Fuseki, Virtuoso, GraphDB), through the SPARQL 1.1 Protocol for queries and updates.

Every document lives in its own named graph; replacing a document is one SPARQL
update (drop the graph, insert its triples), applied in one transaction, so a crash
leaves each document either fully old or fully new.
"""

from __future__ import annotations

from pathlib import Path

from npf_graph.store.base import GraphStore, QueryResult
from npf_graph.store.local import LocalStore
from npf_graph.store.remote import RemoteStore

__all__ = ["GraphStore", "LocalStore", "QueryResult", "RemoteStore", "connect"]


def connect(location: str | Path | None, read_only: bool = False) -> GraphStore:
    """A store for a folder, an http(s) URL, or memory (None)."""
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        return RemoteStore(location)
    return LocalStore(location, read_only=read_only)
