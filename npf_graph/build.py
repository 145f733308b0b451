"""Build the graph of a corpus: records, RDF dataset, Oxigraph store and the HTML view.

Incremental and atomic per document: a file whose sha256 is already in the store
keeps its graph and record; a changed file replaces its named graph in one
transaction. records.jsonl and graph.trig are written to a temporary file and
renamed, so a crash never leaves them half-written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pyoxigraph import NamedNode

from npf_graph.errors import NpfError
from npf_graph.ingest.load import load_bytes, load_file, read_source
from npf_graph.link.works import unify_works
from npf_graph.models import DocumentRecord
from npf_graph.ontology import ontology_dir
from npf_graph.pipeline import expand_paths, run, tool_version
from npf_graph.rdf.links import links_quads
from npf_graph.rdf.mapping import record_quads
from npf_graph.rdf.namespaces import LINKS_GRAPH
from npf_graph.rdf.terms import graph_iri
from npf_graph.store import connect

Progress = Callable[[Path], None]


@dataclass
class BuildResult:
    out: Path
    records: list[DocumentRecord] = field(default_factory=list)
    errors: list[tuple[Path, NpfError]] = field(default_factory=list)
    views: dict[str, dict] = field(default_factory=dict)
    rebuilt: int = 0
    skipped: int = 0
    triples: int = 0

    @property
    def paths(self) -> dict[str, Path]:
        return {
            "records": self.out / "records.jsonl",
            "dataset": self.out / "graph.trig",
            "store": self.out / "store",
            "view": self.out / "graph.html",
        }


def _previous_records(path: Path) -> dict[str, DocumentRecord]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                rec = DocumentRecord.model_validate_json(line)
            except ValueError:
                continue
            out[rec.source.sha256] = rec
    return out


def _write_jsonl(path: Path, records: list[DocumentRecord]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec.model_dump(mode="json"), ensure_ascii=False) + "\n")
    tmp.replace(path)


def build(
    inputs: list[str | Path],
    out: Path,
    progress: Progress | None = None,
    view: bool = True,
    store_location: str | None = None,
) -> BuildResult:
    """Build into `out`; the triples go to `out/store`, or to `store_location` (a folder or an
    http(s) SPARQL endpoint) when given."""
    files = expand_paths(inputs)
    out.mkdir(parents=True, exist_ok=True)
    result = BuildResult(out)
    store = connect(store_location or str(result.paths["store"]))
    store.load_ontology(sorted(ontology_dir().glob("*.ttl")))
    stored = store.document_graphs()
    previous = _previous_records(result.paths["records"])
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    fresh: dict[str, str] = {}  # record id -> decoded source text, for documents extracted now
    for path in files:
        if progress:
            progress(path)
        try:
            data = read_source(path)  # read once: hashed to skip, decoded to extract
            sha = hashlib.sha256(data).hexdigest()
            if sha in stored and sha in previous and previous[sha].tool_version == tool_version():
                result.records.append(previous[sha])
                result.skipped += 1
                continue
            source = load_bytes(data, str(path))
            rec = run(source)
            result.records.append(rec)
            fresh[rec.id] = source.text
            result.rebuilt += 1
        except NpfError as exc:
            result.errors.append((path, exc))
        except OSError as exc:
            result.errors.append((path, NpfError(f"cannot read: {exc.strerror}", str(path))))
    # the same cited work across documents: a merge can change a reused record too
    before = {r.id: [ref.work_id for ref in r.references] for r in result.records}
    unify_works(result.records)
    for rec in result.records:
        if rec.id in fresh or before[rec.id] != [ref.work_id for ref in rec.references]:
            store.replace_graph(graph_iri(rec.id), record_quads(rec, now))
    store.replace_graph(NamedNode(LINKS_GRAPH), links_quads(result.records))
    # the store mirrors the inputs: graphs of documents no longer built are dropped
    keep = {graph_iri(r.id).value for r in result.records}
    for graph in set(store.document_graphs().values()) - keep:
        store.remove_graph(NamedNode(graph))
    store.flush()
    _write_jsonl(result.paths["records"], result.records)
    store.dump_trig(result.paths["dataset"])
    result.triples = store.count()
    if view:
        result.views = write_views(store, result.records, out, fresh)
    return result


def remove(names: list[str], out: Path, store_location: str | None = None) -> list[DocumentRecord]:
    """Drop documents (by file name, path, sha256 or record id) from the built graph in `out`."""
    paths = BuildResult(out).paths
    previous = list(_previous_records(paths["records"]).values())
    wanted = set(names)

    def matches(rec: DocumentRecord) -> bool:
        src = rec.source
        return bool({src.name, src.path, src.sha256, rec.id, str(Path(src.path).resolve())} & wanted)

    gone = [r for r in previous if matches(r)]
    if not gone:
        raise NpfError(f"no built document matches {', '.join(names)}", str(paths["records"]))
    kept = [r for r in previous if not matches(r)]
    store = connect(store_location or str(paths["store"]))
    for rec in gone:
        store.remove_graph(graph_iri(rec.id))
    store.replace_graph(NamedNode(LINKS_GRAPH), links_quads(kept))
    store.flush()
    _write_jsonl(paths["records"], kept)
    store.dump_trig(paths["dataset"])
    if paths["view"].exists():
        write_views(store, kept, out, {})
    for rec in gone:
        (out / "docs" / f"{rec.id}.html").unlink(missing_ok=True)
    return gone


VIEW_FILES = {"papers": "graph.html", "claims": "claims.html", "concepts": "concepts.html", "authors": "authors.html"}


def write_views(store, records: list[DocumentRecord], out: Path, texts: dict[str, str]) -> dict[str, dict]:
    """Every named view as one HTML file, and a reader page per document; returns their sizes.

    `texts` holds the decoded sources of the documents extracted in this run; a reader page
    of an unchanged document is kept, and only a missing one is made from its file again."""
    from npf_graph.view.html import render_html
    from npf_graph.view.network import build_view
    from npf_graph.view.reader import render_reader

    sizes = {}
    for name, filename in VIEW_FILES.items():
        sizes[name] = render_html(build_view(store, name), out / filename, f"npf-graph · {name}")
        sizes[name]["path"] = str(out / filename)
    docs = out / "docs"
    for rec in records:
        page = docs / f"{rec.id}.html"
        if rec.id not in texts and page.exists():
            continue
        try:
            text = texts[rec.id] if rec.id in texts else load_file(rec.source.path).text
        except NpfError:
            continue  # the file has gone since it was built and its page with it
        render_reader(rec, text, page)
    sizes["reader pages"] = {"path": str(docs), "nodes": len(records), "edges": 0, "bytes": 0, "reduced": False}
    return sizes
