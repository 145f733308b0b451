"""`remove`: drop documents from a built graph, store folder changing as a whole as in `build`."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import NamedNode

from npf_graph.dataset import LINKS, DatasetFolder
from npf_graph.errors import NpfError
from npf_graph.manifest import drop_manifest, read_manifest, write_manifest
from npf_graph.models import DocumentRecord
from npf_graph.rdf.links import links_quads
from npf_graph.rdf.namespaces import LINKS_GRAPH
from npf_graph.rdf.terms import graph_iri
from npf_graph.records_file import _previous_records, _write_jsonl, sources_of
from npf_graph.store.session import BuildSession
from npf_graph.view.write import write_views


def remove_documents(
    names: list[str], paths: dict[str, Path], out: Path, store_location: str | None = None
) -> list[DocumentRecord]:
    """Drop documents (by file name, path, sha256 or record id) from the built graph in `out`."""
    previous = list(_previous_records(paths["records"]).values())
    wanted = set(names)

    def matches(rec: DocumentRecord) -> bool:
        keys = {rec.id}
        for src in sources_of(rec):
            keys |= {src.name, src.path, src.sha256, str(Path(src.path).resolve())}
        return bool(keys & wanted)

    gone = [r for r in previous if matches(r)]
    if not gone:
        raise NpfError(f"no built document matches {', '.join(names)}", str(paths["records"]))
    kept = [r for r in previous if not matches(r)]
    session = BuildSession(store_location or str(paths["store"]))
    session.open()  # a store folder changes as a whole, as in `build`
    try:
        store = session.store
        assert store is not None
        for rec in gone:
            store.remove_graph(graph_iri(rec.id))
        store.remove_graph(NamedNode(LINKS_GRAPH))
        links = links_quads(kept)
        store.write_graphs(links)
        store.flush()
        dataset = DatasetFolder(paths["dataset"])
        dataset.write(LINKS, links)
        dataset.keep_only({r.id for r in kept})
        del store
        store = session.commit()
    except BaseException:
        session.abort()
        raise
    _write_jsonl(paths["records"], kept)
    earlier = read_manifest(out)
    drop_manifest(out)  # the next build hashes its files again …
    if earlier is not None:  # … and keeps the triples counted for each dataset file
        graphs = {k: n for k, n in earlier.graphs.items() if k not in {r.id for r in gone}}
        write_manifest(
            out, earlier.model_copy(update={"files": {}, "paths": [], "graphs": graphs | {LINKS: len(set(links))}})
        )
    if paths["view"].exists():
        write_views(store, kept, out, set())
    for rec in gone:
        (out / "docs" / f"{rec.id}.html").unlink(missing_ok=True)
    return gone
