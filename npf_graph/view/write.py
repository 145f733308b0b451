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


def write_views(
    store,
    records: list[DocumentRecord],
    out: Path,
    fresh: set[str],
    full: Callable[[DocumentRecord], DocumentRecord] = lambda r: r,
) -> dict[str, dict]:
    """Every named view as one HTML file, and a reader page per document; returns their sizes.

    `fresh` holds the ids of the documents extracted in this run; a reader page of an
    unchanged document is kept, and only a missing one is made from its file again. `full`
    gives the whole record of one of `records` (which may be compact: see spool.py)."""
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
        if rec.id not in fresh and page.exists():
            continue
        try:
            text = load_file(rec.source.path).text
        except NpfError:
            continue  # the file has gone since it was built and its page with it
        render_reader(full(rec), text, page)
    sizes["reader pages"] = {"path": str(docs), "nodes": len(records), "edges": 0, "bytes": 0, "reduced": False}
    return sizes
