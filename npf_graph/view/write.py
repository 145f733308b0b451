"""Write every view of a build: the named graph views and a reader page per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from npf_graph.errors import NpfError
from npf_graph.ingest.load import load_file
from npf_graph.models import DocumentRecord

VIEW_FILES = {"papers": "graph.html", "claims": "claims.html", "concepts": "concepts.html", "authors": "authors.html",
              "coauthors": "coauthors.html", "cited-authors": "cited-authors.html"}  # fmt: skip
TIMELINE_FILE = "timeline.html"
READER_PAGES = 200  # reader pages one build makes at most (see write_views)
STALE_SHARE = 0.01  # a build that changed fewer documents than this share leaves the named views


def views_due(out: Path, changed: int, documents: int, earlier) -> bool:
    """Whether a build rewrites the named views (each drawn from the whole corpus): when one is
    missing, or the build changed at least 1 % of the documents. After a smaller change they
    stay as they were, marked out of date in the manifest, until `npf-graph view --all` or a
    larger build rewrites them: a build after one changed document is then the work of that
    document, not of the corpus. Reader pages are always kept up to date."""
    if earlier is None or not earlier.views:
        return True
    if any(not (out / f).exists() for f in [*VIEW_FILES.values(), TIMELINE_FILE]):
        return True
    return changed >= max(1, STALE_SHARE * documents)


def write_views(
    store,
    records: list[DocumentRecord],
    out: Path,
    fresh: set[str],
    full: Callable[[DocumentRecord], DocumentRecord] = lambda r: r,
    named: bool = True,
) -> dict[str, dict]:
    """Every named view as one HTML file, and a reader page per document; returns their sizes.

    `fresh` holds the ids of the documents extracted in this run; a reader page of an
    unchanged document is kept, and only a missing one is made from its file again. `full`
    gives the whole record of one of `records` (which may be compact: see spool.py). Past
    READER_PAGES pages to make (a first build of a large corpus), none is made here: each
    costs a cleaning of its file again, and `npf-graph view --all` makes them."""
    sizes = write_named_views(store, out) if named else {}
    docs = out / "docs"
    todo = [rec for rec in records if rec.id in fresh or not (docs / f"{rec.id}.html").exists()]
    deferred = len(todo) > READER_PAGES
    if not deferred:
        write_reader_pages((full(rec) for rec in todo), docs)
    sizes["reader pages"] = {"path": str(docs), "nodes": len(records), "edges": 0, "bytes": 0, "reduced": False,
                             "deferred": len(todo) if deferred else 0}  # fmt: skip
    return sizes


def write_reader_pages(records: Iterable[DocumentRecord], docs: Path) -> int:
    """A reader page for each record (from its file, when the file is still there)."""
    from npf_graph.view.reader import render_reader

    made = 0
    for rec in records:
        try:
            text = load_file(rec.source.path).text
        except NpfError:
            continue  # the file has gone since it was built and its page with it
        render_reader(rec, text, docs / f"{rec.id}.html")
        made += 1
    return made


def write_named_views(store, out: Path) -> dict[str, dict]:
    """Every named view (each drawn from the whole corpus) into `out`; their sizes."""
    from npf_graph.analysis.clusters import cocitation_clusters
    from npf_graph.view.html import render_html
    from npf_graph.view.network import build_view, papers_graph
    from npf_graph.view.timeline import render_timeline

    clustering = cocitation_clusters(store)  # colours the papers view and lines up the timeline
    sizes = {}
    for name, filename in VIEW_FILES.items():
        g = papers_graph(store, clustering) if name == "papers" else build_view(store, name)
        sizes[name] = render_html(g, out / filename, f"npf-graph · {name}")
        sizes[name]["path"] = str(out / filename)
    sizes["timeline"] = render_timeline(clustering, out / TIMELINE_FILE)
    sizes["timeline"]["path"] = str(out / TIMELINE_FILE)
    return sizes


def refresh_views(store, out: Path) -> dict[str, dict]:
    """`view --all`: every named view into the build folder `out`, and the reader pages it lacks,
    marked current in its manifest."""
    from npf_graph.build import BuildResult
    from npf_graph.manifest import read_manifest, write_manifest

    sizes = write_named_views(store, out)
    docs = out / "docs"
    built = BuildResult(out, _records=None)
    records = built.each_record()  # one at a time
    made = write_reader_pages((r for r in records if not (docs / f"{r.id}.html").exists()), docs)
    sizes["reader pages"] = {"path": str(docs), "nodes": made, "edges": 0, "bytes": 0, "reduced": False}
    manifest = read_manifest(out)
    if manifest is not None:
        write_manifest(out, manifest.model_copy(update={"views": True, "views_current": True}))
    return sizes
