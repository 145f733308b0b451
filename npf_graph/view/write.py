"""Write every view of a build: the named graph views and a reader page per document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from npf_graph.errors import NpfError
from npf_graph.ingest.load import load_file
from npf_graph.models import DocumentRecord

VIEW_FILES = {"papers": "graph.html", "claims": "claims.html", "concepts": "concepts.html", "authors": "authors.html",
              "coauthors": "coauthors.html", "cited-authors": "cited-authors.html"}  # fmt: skip
TIMELINE_FILE = "timeline.html"
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
    gives the whole record of one of `records` (which may be compact: see spool.py)."""
    from npf_graph.view.reader import render_reader

    sizes = write_named_views(store, out) if named else {}
    docs = out / "docs"
    for rec in records:
        page = docs / f"{rec.id}.html"
        if rec.id not in fresh and page.exists():
            continue
        try:
            text = load_file(rec.source.path).text
        except NpfError:
            continue  # the file has gone since it was built and its page with it
        render_reader(full(rec), text, page)
    sizes["reader pages"] = {"path": str(docs), "nodes": len(records), "edges": 0, "bytes": 0, "reduced": False}
    return sizes


def write_named_views(store, out: Path) -> dict[str, dict]:
    """Every named view (each drawn from the whole corpus) into `out`; their sizes."""
    from npf_graph.analysis.clusters import cocitation_clusters
    from npf_graph.view.html import render_html
    from npf_graph.view.network import build_view
    from npf_graph.view.timeline import render_timeline

    sizes = {}
    for name, filename in VIEW_FILES.items():
        sizes[name] = render_html(build_view(store, name), out / filename, f"npf-graph · {name}")
        sizes[name]["path"] = str(out / filename)
    sizes["timeline"] = render_timeline(cocitation_clusters(store), out / TIMELINE_FILE)
    sizes["timeline"]["path"] = str(out / TIMELINE_FILE)
    return sizes


def refresh_views(store, out: Path) -> dict[str, dict]:
    """`view --all`: every named view into the build folder `out`, marked current in its manifest."""
    from npf_graph.manifest import read_manifest, write_manifest

    sizes = write_named_views(store, out)
    manifest = read_manifest(out)
    if manifest is not None:
        write_manifest(out, manifest.model_copy(update={"views": True, "views_current": True}))
    return sizes
