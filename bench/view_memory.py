"""Peak RSS and time of one named view drawn on its own from a built store (opened read-only).

Run one view per process, so each peak is that view's alone:

    .venv/bin/python bench/view_memory.py out/store cited-authors [cited-authors.html]

Prints the nodes and links drawn, the seconds to build the graph and to write the page, the
peak RSS of the process (and the RSS before the view began) and the page's size. Asserts nothing.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path


def main(store_path: str, name: str, out: str | None = None) -> str:
    from npf_graph.store import LocalStore
    from npf_graph.view.html import render_html
    from npf_graph.view.network import build_view

    store = LocalStore(store_path, read_only=True)
    page = Path(out) if out else Path(tempfile.mkdtemp()) / f"{name}.html"
    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    g = build_view(store, name)
    drawn = time.perf_counter() - t
    render_html(g, page, name)
    total = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return (
        f"{name}: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} links; graph {drawn:.1f} s, "
        f"with the page {total:.1f} s; peak RSS {peak / 1024:,.0f} MB (before {start / 1024:,.0f} MB); "
        f"{page.stat().st_size / 1e6:.2f} MB ({page})"
    )


if __name__ == "__main__":
    print(main(*sys.argv[1:4]))
