"""Build the graph of a corpus: records, RDF dataset, Oxigraph store and the HTML view.

- Incremental: a file whose sha256 is already in the store (same pipeline version) keeps
  its graph and record; a changed file replaces its named graph in one transaction.
- Additive: `build PATHS` adds and updates the documents it is given and keeps every other
  document already built; only `prune=True` (or `remove`) drops documents.
- Isolated: any failure in one document is reported for that file and the build goes on;
  a build in which every input failed changes nothing.
- One document per text: files whose decoded text is identical are one document whose
  record lists the other files under `copies`.

records.jsonl and graph.trig are written to a temporary file and renamed, so a crash never
leaves them half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pyoxigraph import NamedNode

from npf_graph.budget import DEFAULT_SECONDS
from npf_graph.errors import NpfError, contain
from npf_graph.ingest.load import load_bytes, load_file, read_source
from npf_graph.link.works import unify_works
from npf_graph.models import DocumentRecord, Source
from npf_graph.ontology import ontology_dir
from npf_graph.pipeline import expand_paths, record_id, run, source_record, tool_version
from npf_graph.rdf.links import links_quads
from npf_graph.rdf.mapping import record_quads
from npf_graph.rdf.namespaces import LINKS_GRAPH
from npf_graph.rdf.terms import graph_iri
from npf_graph.store import GraphStore, connect
from npf_graph.store.staging import StagedStore

Progress = Callable[[Path], None]


@dataclass
class BuildResult:
    out: Path
    records: list[DocumentRecord] = field(default_factory=list)
    errors: list[tuple[Path, NpfError]] = field(default_factory=list)
    views: dict[str, dict] = field(default_factory=dict)
    rebuilt: int = 0
    skipped: int = 0
    copies: int = 0  # files whose text is that of another input of this build
    removed: int = 0
    triples: int = 0
    extracted: set[str] = field(default_factory=set)  # ids of the records extracted (not reused) now

    @property
    def paths(self) -> dict[str, Path]:
        return {
            "records": self.out / "records.jsonl",
            "dataset": self.out / "graph.trig",
            "store": self.out / "store",
            "view": self.out / "graph.html",
        }


def _previous_records(path: Path) -> dict[str, DocumentRecord]:
    """The records of the last build, by record id."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                rec = DocumentRecord.model_validate_json(line)
            except ValueError:
                continue
            out[rec.id] = rec
    return out


def _write_jsonl(path: Path, records: list[DocumentRecord]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec.model_dump(mode="json"), ensure_ascii=False) + "\n")
    tmp.replace(path)


def sources_of(rec: DocumentRecord) -> list[Source]:
    return [rec.source, *rec.copies]


def _key(path: str | Path) -> str:
    return os.path.abspath(path)


def _add_source(rec: DocumentRecord, src: Source) -> bool:
    """Record that `src` holds the text of `rec`; True when that is news."""
    if any(_key(s.path) == _key(src.path) and s.sha256 == src.sha256 for s in sources_of(rec)):
        return False
    rec.copies = [s for s in rec.copies if _key(s.path) != _key(src.path)] + [src]
    return True


@dataclass
class _Run:
    """What one build found: the documents of its inputs, and the files that built."""

    current: dict[str, DocumentRecord] = field(default_factory=dict)  # record id -> record
    texts: dict[str, str] = field(default_factory=dict)  # record id -> decoded source, when extracted now
    dirty: set[str] = field(default_factory=set)  # record ids whose graph must be written
    built: set[str] = field(default_factory=set)  # absolute paths of the inputs that built


def _one_file(
    path: Path, runs: _Run, previous: dict[str, DocumentRecord], stored: set[str], budget: float | None
) -> str:
    data = read_source(path)  # read once: hashed to skip, decoded to extract
    sha = hashlib.sha256(data).hexdigest()
    old = next((r for r in previous.values() for s in sources_of(r) if s.sha256 == sha), None)
    if old is not None and sha in stored and old.tool_version == tool_version():
        rec, outcome = old, "skipped"
        src = next(s for s in sources_of(old) if s.sha256 == sha).model_copy(update={"path": str(path)})
        src = src.model_copy(update={"name": path.name})
    else:
        source = load_bytes(data, str(path))
        known = runs.current.get(record_id(source.text))
        if known is not None:  # a copy of a text built in this run: no second extraction
            runs.built.add(_key(path))
            if _add_source(known, source_record(source)):
                runs.dirty.add(known.id)
            return "copies"
        rec, outcome = run(source, budget=budget), "rebuilt"
        src = rec.source
        for other in sources_of(previous[rec.id]) if rec.id in previous else []:
            if _key(other.path) != _key(path):  # copies found by earlier builds stay listed
                _add_source(rec, other)
        runs.texts[rec.id] = source.text
        runs.dirty.add(rec.id)
    runs.built.add(_key(path))
    if rec.id in runs.current:  # the same text under another name: one document, several sources
        if _add_source(runs.current[rec.id], src):
            runs.dirty.add(rec.id)
    else:
        runs.current[rec.id] = rec
        if _add_source(rec, src):
            runs.dirty.add(rec.id)
    return outcome


def build(
    inputs: list[str | Path],
    out: Path,
    progress: Progress | None = None,
    view: bool = True,
    store_location: str | None = None,
    prune: bool = False,
    budget: float | None = DEFAULT_SECONDS,
) -> BuildResult:
    """Build into `out`; the triples go to `out/store`, or to `store_location` (a folder or an
    http(s) SPARQL endpoint) when given. With `prune`, documents not among `inputs` are dropped.

    A store folder changes as a whole: the build writes into a copy that replaces it at the end
    (see `store/staging.py`), so readers never see a mix. An endpoint changes document by document."""
    files = expand_paths(inputs)
    result = BuildResult(out)
    previous = _previous_records(result.paths["records"])
    runs = _Run()
    session = _Session(store_location or str(result.paths["store"]))
    try:
        if files:
            out.mkdir(parents=True, exist_ok=True)
            session.open()
        for path in files:
            if progress:
                progress(path)
            try:
                outcome = _one_file(path, runs, previous, session.stored, budget)
                setattr(result, outcome, getattr(result, outcome) + 1)
            except Exception as exc:
                result.errors.append((path, contain(exc, str(path))))
        if session.store is None or (result.errors and not runs.current):
            session.abort()
            return result  # nothing built: the store, records and views stay as they were
        _write(result, session, previous, runs, prune, view)
        return result
    except BaseException:
        session.abort()
        raise
    finally:
        session.store = None  # the errors' tracebacks hold this frame: let go of the store and its lock


class _Session:
    """The store one build writes: a staged copy of a store folder, or an endpoint."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.staged: StagedStore | None = None
        self.store: GraphStore | None = None
        self.stored: set[str] = set()

    def open(self) -> None:
        if self.location.startswith(("http://", "https://")):
            self.store = connect(self.location)
        else:
            self.staged = StagedStore(Path(self.location))
            self.store = self.staged.store
        self.stored = set(self.store.document_graphs())

    def commit(self) -> GraphStore:
        """Switch readers to what was written; the store to read from afterwards."""
        if self.staged is None:
            assert self.store is not None
            return self.store
        self.store = None
        self.staged.commit()
        self.staged = None
        return connect(self.location, read_only=True)

    def abort(self) -> None:
        self.store = None
        if self.staged is not None:
            self.staged.abort()
            self.staged = None


def _write(
    result: BuildResult, session: _Session, previous: dict[str, DocumentRecord], runs: _Run, prune: bool, view: bool
) -> None:
    store = session.store
    assert store is not None
    records, dropped = _merge(previous, runs, prune, {_key(p) for p, _ in result.errors})
    result.removed = len(dropped)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    store.load_ontology(sorted(ontology_dir().glob("*.ttl")))
    # the same cited work across documents: a merge can change a reused record too
    before = {r.id: [ref.work_id for ref in r.references] for r in records}
    unify_works(records)
    for rec in list(records):
        if rec.id in runs.dirty or before[rec.id] != [ref.work_id for ref in rec.references]:
            try:
                quads = record_quads(rec, now)
            except Exception as exc:
                result.errors.append((Path(rec.source.path), contain(exc, rec.source.path)))
                records.remove(rec)
                dropped.append(rec.id)
                continue
            store.replace_graph(graph_iri(rec.id), quads)
    store.replace_graph(NamedNode(LINKS_GRAPH), links_quads(records))
    keep = {graph_iri(r.id).value for r in records}
    gone = {graph_iri(i).value for i in dropped}
    for graph in set(store.document_graphs().values()) - keep:
        if prune or graph in gone:
            store.remove_graph(NamedNode(graph))
    store.flush()
    store.dump_trig(result.paths["dataset"])
    result.triples = store.count()
    del store
    store = session.commit()  # the store first: records and views follow what readers see
    result.records = records
    result.extracted = set(runs.texts)
    _write_jsonl(result.paths["records"], records)
    if view:
        result.views = write_views(store, records, result.out, runs.texts)


def _merge(
    previous: dict[str, DocumentRecord], runs: _Run, prune: bool, failed: set[str]
) -> tuple[list[DocumentRecord], list[str]]:
    """The documents after this build, and the ids of those it dropped.

    A document of an earlier build keeps its place unless its every file was given now and
    holds another text (an update), or `prune` is set and none of its files was given."""
    records = list(runs.current.values())
    dropped = []
    for rec in previous.values():
        if rec.id in runs.current:
            continue
        given = {_key(s.path) for s in sources_of(rec)} & (runs.built | failed)
        if prune and not given:
            dropped.append(rec.id)
            continue
        left = [s for s in sources_of(rec) if _key(s.path) not in runs.built]
        if not left:
            dropped.append(rec.id)
            continue
        if len(left) < len(sources_of(rec)):
            rec.source, rec.copies = left[0], left[1:]
            runs.dirty.add(rec.id)
        records.append(rec)
    return records, dropped


def remove(names: list[str], out: Path, store_location: str | None = None) -> list[DocumentRecord]:
    """Drop documents (by file name, path, sha256 or record id) from the built graph in `out`."""
    paths = BuildResult(out).paths
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
    session = _Session(store_location or str(paths["store"]))
    session.open()  # a store folder changes as a whole, as in `build`
    try:
        store = session.store
        assert store is not None
        for rec in gone:
            store.remove_graph(graph_iri(rec.id))
        store.replace_graph(NamedNode(LINKS_GRAPH), links_quads(kept))
        store.flush()
        store.dump_trig(paths["dataset"])
        del store
        store = session.commit()
    except BaseException:
        session.abort()
        raise
    _write_jsonl(paths["records"], kept)
    if paths["view"].exists():
        write_views(store, kept, out, {})
    for rec in gone:
        (out / "docs" / f"{rec.id}.html").unlink(missing_ok=True)
    return gone


VIEW_FILES = {"papers": "graph.html", "claims": "claims.html", "concepts": "concepts.html", "authors": "authors.html",
              "coauthors": "coauthors.html", "cited-authors": "cited-authors.html"}  # fmt: skip
TIMELINE_FILE = "timeline.html"


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
    from npf_graph.analysis.clusters import cocitation_clusters
    from npf_graph.view.timeline import render_timeline

    sizes["timeline"] = render_timeline(cocitation_clusters(store), out / TIMELINE_FILE)
    sizes["timeline"]["path"] = str(out / TIMELINE_FILE)
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
