"""npf-graph: a citation-and-claims knowledge graph of Chinese literature on 新质生产力.

The Python API for scripts:

    import npf_graph
    store = npf_graph.open_store("out/store")          # or "http://127.0.0.1:7878"
    for row in store.query("SELECT ?t WHERE { ?d dcterms:title ?t }"):
        print(row["t"])
    rows = store.query("SELECT ?doc ?label WHERE { ?doc dcterms:subject ?c . ?c skos:prefLabel ?label }",
                       label="耐心资本@zh")
    ds = store.dataset                                  # an rdflib Dataset over the same store
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

__version__ = "0.1.0"

__all__ = ["StoreHandle", "__version__", "extract_file", "open_store"]


def extract_file(path: str | Path) -> Any:
    """The DocumentRecord of one file."""
    from npf_graph.pipeline import extract_file as _extract_file

    return _extract_file(path)


class StoreHandle:
    """A store opened for scripting: SPARQL rows as dicts, and an rdflib view of the data."""

    def __init__(self, location: str | Path, read_only: bool = True) -> None:
        from npf_graph.store import connect

        self.store = connect(str(location) if isinstance(location, Path) else location, read_only=read_only)

    def query(self, sparql: str, **params: str) -> Iterator[dict[str, str]]:
        """Rows of a SELECT (prefixes declared); keyword arguments bind variables as literals
        (`text@zh` for a language-tagged one, `<…>` for an IRI), never by pasting text into the query."""
        from npf_graph.query import run_query

        result = run_query(self.store, sparql, params)
        if result.boolean is not None:
            yield {"boolean": str(result.boolean).lower()}
            return
        for row in result.rows:
            yield {k: v.value for k, v in row.items()}

    @property
    def dataset(self) -> Any:
        """The rdflib Dataset API over the same store (oxrdflib locally, SPARQLUpdateStore remotely)."""
        return self.store.dataset()


def open_store(location: str | Path = "out/store", read_only: bool = True) -> StoreHandle:
    """Open a store built by `npf-graph build` (a folder) or a SPARQL endpoint (a URL)."""
    return StoreHandle(location, read_only=read_only)
