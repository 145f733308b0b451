"""Build the graph of a corpus: records, RDF dataset, Oxigraph store and the HTML view.

- Incremental: a file whose sha256 is already in the store (same pipeline version) keeps
  its graph and record; a changed file replaces its named graph in one transaction.
- Additive: `build PATHS` adds and updates the documents it is given and keeps every other
  document already built; only `prune=True` (or `remove`) drops documents.
- Isolated: any failure in one document is reported for that file and the build goes on;
  a build in which every input failed changes nothing.
- One document per text: files whose decoded text is identical are one document whose
  record lists the other files under `copies`.

records.jsonl and each file of dataset/ (one TriG file per named graph, see dataset.py) are
written to a temporary file and renamed, so a crash never leaves one half-written. The
whole-corpus views are rewritten when the build changed enough of the corpus (view/write.py).
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from npf_graph.budget import DEFAULT_SECONDS
from npf_graph.dataset import LINKS, ONTOLOGY, DatasetFolder
from npf_graph.errors import NpfError, contain
from npf_graph.ingest.load import SourceText, load_bytes, read_source
from npf_graph.link.works import unify_works
from npf_graph.manifest import Manifest, read_manifest, record_build, unchanged
from npf_graph.models import DocumentRecord, Source
from npf_graph.ontology import ontology_dir
from npf_graph.parallel import Extractor, make_extractor
from npf_graph.pipeline import expand_paths, record_id, source_record, tool_version
from npf_graph.rdf.links import links_quads
from npf_graph.rdf.mapping import record_quads
from npf_graph.rdf.namespaces import LINKS_GRAPH
from npf_graph.rdf.terms import graph_iri
from npf_graph.records_file import _add_source, _key, _previous_records, sources_of
from npf_graph.spool import RecordSpool
from npf_graph.store.session import BuildSession as _Session
from npf_graph.store.staging import check_no_build_running
from npf_graph.view.write import views_due, write_views

Progress = Callable[[Path], None]


@dataclass
class BuildResult:
    out: Path
    errors: list[tuple[Path, NpfError]] = field(default_factory=list)
    views: dict[str, dict] = field(default_factory=dict)
    rebuilt: int = 0
    skipped: int = 0
    copies: int = 0  # files whose text is that of another input of this build
    removed: int = 0
    triples: int = 0
    extracted: set[str] = field(default_factory=set)  # ids of the records extracted (not reused) now
    summary: dict[str, int] = field(default_factory=dict)  # counts of the documents and their items
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent in each phase
    views_current: bool = True  # False when the whole-corpus views were left as they were
    _records: list[DocumentRecord] | None = field(default_factory=list)  # None: read them when asked

    @property
    def records(self) -> list[DocumentRecord]:
        """The documents of the graph after this build (read from records.jsonl the first time
        they are asked for: a build never holds every whole record)."""
        if self._records is None:
            self._records = list(_previous_records(self.paths["records"]).values())
        return self._records

    def each_record(self) -> Iterator[DocumentRecord]:
        """The documents of the graph after this build, read from records.jsonl one at a time."""
        if self._records is not None:
            yield from self._records
            return
        path = self.paths["records"]
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield DocumentRecord.model_validate_json(line)

    @records.setter
    def records(self, value: list[DocumentRecord]) -> None:
        self._records = value

    @property
    def paths(self) -> dict[str, Path]:
        return {
            "records": self.out / "records.jsonl",
            "dataset": self.out / "dataset",
            "store": self.out / "store",
            "view": self.out / "graph.html",
        }


@dataclass
class _Run:
    """What one build found: the documents of its inputs, and the files that built."""

    spool: RecordSpool  # the whole records; those below are compact (see spool.py)
    current: dict[str, DocumentRecord] = field(default_factory=dict)  # record id -> record
    claimed: set[str] = field(default_factory=set)  # record ids taken by a file of this run, finished or not
    extracted: set[str] = field(default_factory=set)  # record ids extracted now
    dirty: set[str] = field(default_factory=set)  # record ids whose graph must be written
    built: set[str] = field(default_factory=set)  # absolute paths of the inputs that built
    by_sha: dict[str, DocumentRecord] = field(default_factory=dict)  # sha256 of a file -> earlier record
    hashes: dict[str, str] = field(default_factory=dict)  # absolute path -> sha256, for the manifest


@dataclass
class _Item:
    """One input file on its way: skipped (an earlier record), a copy of a text of this run,
    or a document being extracted (`outcome` gives its record or error)."""

    kind: str
    source: SourceText | None = None
    record: DocumentRecord | None = None
    src: Source | None = None
    outcome: Callable[[], DocumentRecord | NpfError] | None = None
    error: NpfError | None = None


def _prepare(path: Path, runs: _Run, stored: set[str], extractor: Extractor) -> _Item:
    data = read_source(path)  # read once: hashed to skip, decoded to extract
    sha = hashlib.sha256(data).hexdigest()
    runs.hashes[_key(path)] = sha
    old = runs.by_sha.get(sha)
    if old is not None and sha in stored and old.tool_version == tool_version():
        src = next(s for s in sources_of(old) if s.sha256 == sha)
        runs.claimed.add(old.id)
        return _Item("skipped", record=old, src=src.model_copy(update={"path": str(path), "name": path.name}))
    source = load_bytes(data, str(path))
    rid = record_id(source.text)
    if rid in runs.claimed:  # a copy of a text of this run: no second extraction
        return _Item("copies", source=source, src=source_record(source))
    runs.claimed.add(rid)
    return _Item("rebuilt", source=source, outcome=extractor.submit(source))


def _finish(path: Path, item: _Item, runs: _Run, previous: dict[str, DocumentRecord], budget: float | None) -> str:
    """Merge one prepared file into the run, in the order the files were given."""
    if item.error is not None:
        raise item.error
    if item.kind == "copies":
        assert item.source is not None and item.src is not None
        known = runs.current.get(record_id(item.source.text))
        if known is None:  # the first file of this text failed: this one is extracted on its own
            item = _Item("rebuilt", source=item.source, outcome=Extractor(1, budget).submit(item.source))
        else:
            runs.built.add(_key(path))
            if _add_source(known, item.src):
                runs.dirty.add(known.id)
            return "copies"
    if item.kind == "skipped":
        rec, src = item.record, item.src
        assert rec is not None and src is not None
    else:
        assert item.outcome is not None
        outcome = item.outcome()
        if isinstance(outcome, NpfError):
            raise outcome
        rec = runs.spool.add(outcome)  # on disk; the compact record stays
        src = rec.source
        del outcome
        for other in sources_of(previous[rec.id]) if rec.id in previous else []:
            if _key(other.path) != _key(path):  # copies found by earlier builds stay listed
                _add_source(rec, other)
        runs.extracted.add(rec.id)
        runs.dirty.add(rec.id)
    runs.built.add(_key(path))
    if rec.id in runs.current:  # the same text under another name: one document, several sources
        if _add_source(runs.current[rec.id], src):
            runs.dirty.add(rec.id)
    else:
        runs.current[rec.id] = rec
        if _add_source(rec, src):
            runs.dirty.add(rec.id)
    return item.kind


def _nothing_changed(files: list[Path], out: Path, location: str, prune: bool, view: bool) -> Manifest | None:
    """The manifest, when it shows that this build would change nothing."""
    manifest = read_manifest(out)
    if manifest is None or not files or manifest.tool_version != tool_version() or manifest.store != location:
        return None
    if (view and not manifest.views) or not (out / "records.jsonl").exists() or not Path(location).exists():
        return None
    if prune and set(manifest.paths) - {_key(f) for f in files}:
        return None
    return manifest if unchanged(manifest, files) else None


def build(
    inputs: list[str | Path],
    out: Path,
    progress: Progress | None = None,
    view: bool = True,
    store_location: str | None = None,
    prune: bool = False,
    budget: float | None = DEFAULT_SECONDS,
    jobs: int = 1,
    executor: str = "processes",
    address: str | None = None,
) -> BuildResult:
    """Build into `out`; the triples go to `out/store`, or to `store_location` (a folder or an
    http(s) SPARQL endpoint) when given. With `prune`, documents not among `inputs` are dropped.
    `jobs` > 1 extracts in that many worker processes; `executor` "dask" or "ray" on that cluster
    (at `address`, or a local one of `jobs` workers); the result is the same.

    A store folder changes as a whole: the build writes into a copy that replaces it at the end
    (see `store/staging.py`), so readers never see a mix. An endpoint changes batch by batch."""
    clock = _Clock()
    files = expand_paths(inputs)
    result = BuildResult(out, timings=clock.spent)
    location = store_location or str(result.paths["store"])
    same = _nothing_changed(files, out, location, prune, view)
    if same is not None:  # every input as it was when it built: nothing to read or write
        check_no_build_running(Path(location))
        result.skipped, result.triples, result.summary = len(files), same.triples, same.summary
        result._records = None
        clock.lap("scan")
        return result
    spool = RecordSpool(out)
    previous = spool.read_previous(result.paths["records"])
    runs = _Run(spool, by_sha={s.sha256: r for r in previous.values() for s in sources_of(r)})
    session = _Session(location)
    extractor = make_extractor(jobs, budget, executor, address)
    clock.lap("scan")
    try:
        if files:
            out.mkdir(parents=True, exist_ok=True)
            session.open()
        waiting: deque[tuple[Path, _Item]] = deque()

        def finish_one() -> None:
            path, item = waiting.popleft()
            try:
                outcome = _finish(path, item, runs, previous, budget)
                setattr(result, outcome, getattr(result, outcome) + 1)
            except Exception as exc:
                result.errors.append((path, contain(exc, str(path))))

        for path in files:
            if progress:
                progress(path)
            try:
                waiting.append((path, _prepare(path, runs, session.stored, extractor)))
            except Exception as exc:  # reported in its turn, after the files before it
                waiting.append((path, _Item("failed", error=contain(exc, str(path)))))
            while len(waiting) > extractor.window:
                finish_one()
        while waiting:
            finish_one()
        extractor.close()
        clock.lap("extract")
        if session.store is None or (result.errors and not runs.current):
            session.abort()
            return result  # nothing built: the store, records and views stay as they were
        _write(result, session, previous, runs, prune, view, clock)
        return result
    except BaseException:
        session.abort()
        raise
    finally:
        extractor.close()
        spool.close()
        session.store = None  # the errors' tracebacks hold this frame: let go of the store and its lock


def _dumped(dataset: DatasetFolder, name: str, quads: list[Quad]) -> int:
    """Write one graph's file; its triples."""
    dataset.write(name, quads)
    return len(set(quads))


class _Clock:
    """Seconds spent in each phase of a build."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.last = time.perf_counter()

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.spent[phase] = round(self.spent.get(phase, 0.0) + now - self.last, 3)
        self.last = now


def _write(
    result: BuildResult,
    session: _Session,
    previous: dict[str, DocumentRecord],
    runs: _Run,
    prune: bool,
    view: bool,
    clock: _Clock,
) -> None:
    store = session.store
    assert store is not None
    records, dropped = _merge(previous, runs, prune, {_key(p) for p, _ in result.errors})
    result.removed = len(dropped)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    dataset = DatasetFolder(result.paths["dataset"])
    earlier = read_manifest(result.out)
    sizes = dict(earlier.graphs) if earlier is not None else {}  # triples of each graph file
    sizes[ONTOLOGY] = _dumped(dataset, ONTOLOGY, store.load_ontology(sorted(ontology_dir().glob("*.ttl"))))
    # the same cited work across documents: a merge can change a reused record too
    before = {r.id: [ref.work_id for ref in r.references] for r in records}
    unify_works(records)
    changed = [r for r in records if r.id in runs.dirty or before[r.id] != [ref.work_id for ref in r.references]]
    del before
    clock.lap("link")
    failed: list[DocumentRecord] = []

    def quads() -> Iterator[Quad]:
        for rec in changed:
            try:
                mapped = record_quads(runs.spool.full(rec), now)
            except Exception as exc:
                result.errors.append((Path(rec.source.path), contain(exc, rec.source.path)))
                failed.append(rec)
                continue
            sizes[rec.id] = _dumped(dataset, rec.id, mapped)  # the document's file, from the same quads
            yield from mapped

    store.write_graphs(quads())  # one stream into the bulk loader, graph after graph
    for rec in failed:
        records.remove(rec)
        dropped.append(rec.id)
    clock.lap("rdf+store")
    store.remove_graph(NamedNode(LINKS_GRAPH))
    links = links_quads(records)
    store.write_graphs(links)
    clock.lap("links")
    sizes[LINKS] = _dumped(dataset, LINKS, links)
    del links
    keep = {graph_iri(r.id).value for r in records}
    gone = {graph_iri(i).value for i in dropped}
    for graph in set(store.document_graphs().values()) - keep:
        if prune or graph in gone:
            store.remove_graph(NamedNode(graph))
    store.flush()
    clock.lap("rdf+store")
    for rec in records:  # a graph written by an earlier build whose file is missing
        if not dataset.has(rec.id) or rec.id not in sizes:
            sizes[rec.id] = _dumped(dataset, rec.id, store.graph_quads(graph_iri(rec.id)))
    names = {r.id for r in records}
    dataset.keep_only(names)
    result.paths["dataset"].with_name("graph.trig").unlink(missing_ok=True)  # the layout of earlier versions
    graphs = {k: n for k, n in sizes.items() if k in names or k in (LINKS, ONTOLOGY)}
    result.triples = sum(graphs.values())
    clock.lap("dump")
    del store
    store = session.commit()  # the store first: records and views follow what readers see
    result._records = None  # read from records.jsonl when asked
    result.extracted = set(runs.extracted)
    result.summary = runs.spool.write_jsonl(result.paths["records"], records, {r.id for r in changed})
    clock.lap("records")
    current = False
    if view:
        named = views_due(result.out, len(changed) + len(dropped), len(records), earlier)
        result.views = write_views(store, records, result.out, runs.extracted, runs.spool.full, named=named)
        current = named or (earlier is not None and earlier.views and earlier.views_current)
        current = current and not result.views["reader pages"]["deferred"]
        result.views_current = current
        clock.lap("views")
    files = {src.path: src.sha256 for rec in records for src in sources_of(rec)}
    record_build(result.out, files, runs.hashes, earlier, session.location, view, current, result, graphs)


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
    from npf_graph.remove import remove_documents

    return remove_documents(names, BuildResult(out).paths, out, store_location)
