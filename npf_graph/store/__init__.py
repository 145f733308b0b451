"""The triple store behind one small interface.

- `LocalStore`: Oxigraph on disk (the default, `out/store/`) or in memory;
- `RemoteStore`: any SPARQL 1.1 endpoint given as a URL (Oxigraph server, Apache Jena
  Fuseki, Virtuoso, GraphDB), through the SPARQL 1.1 Protocol for queries and updates.

Every document lives in its own named graph. A store folder is written through Oxigraph's
bulk loader into a staged copy that replaces it at the end of a build; an endpoint gets
batches of whole graphs, one request each (`remote_writes.py`), so a crash leaves each
document whole or missing (and rebuilt next time), never half-written.
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
