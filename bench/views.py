"""Paint and redraw times of generated views in headless Chromium (Debian's chromium).

Prints, for 500, 5,000 and 50,000 nodes (the last reduced to 5,000 by the page limit): the
time to lay out and write the page, its size, the first paint (navigation until the page
says it is ready) and the median of 20 full redraws. Asserts nothing.

    .venv/bin/python bench/views.py [N ...]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZES = (500, 5000, 50000)
REDRAW = """() => new Promise((done) => {
  const net = window.npfNetwork, times = [];
  const once = () => {
    const t = performance.now();
    net.once("afterDrawing", () => {
      times.push(performance.now() - t);
      if (times.length < 20) requestAnimationFrame(once); else done(times);
    });
    net.redraw();
  };
  once();
})"""


def generated(n: int):
    import networkx as nx

    g = nx.barabasi_albert_graph(n, 2, seed=1)
    kinds = ("document", "work", "concept", "author")
    h = nx.Graph(name=f"generated {n}")
    h.add_nodes_from((f"n{i}", {"kind": kinds[i % 4], "label": f"节点{i}", "detail": {"title": f"节点{i}"}}) for i in g)
    h.add_edges_from((f"n{a}", f"n{b}", {"kind": "link", "weight": 1}) for a, b in g.edges)
    return h


def view_timings(sizes: tuple[int, ...] = SIZES) -> list[dict]:
    from npf_graph.view.html import render_html

    chromium = shutil.which("chromium")
    if not chromium:
        print("view timings: chromium not installed (make test installs it)")
        return []
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for n in sizes:
            path = Path(tmp) / f"g{n}.html"
            t = time.perf_counter()
            size = render_html(generated(n), path, f"{n} nodes")
            written = time.perf_counter() - t
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300000)
            paint = time.perf_counter() - t
            redraw = statistics.median(page.evaluate(REDRAW))
            page.close()
            row = {"nodes": n, "shown": size["nodes"], "edges": size["edges"], "MB": size["bytes"] / 1e6,
                   "written_s": written, "paint_s": paint, "redraw_ms": redraw}  # fmt: skip
            rows.append(row)
            print(
                f"view {n:,} nodes -> {size['nodes']:,} shown{' (reduced)' if size['reduced'] else ''}, "
                f"{size['edges']:,} edges: laid out and written in {written:.1f} s, {row['MB']:.1f} MB, "
                f"first paint {paint:.2f} s, redraw {redraw:.0f} ms (median of 20)"
            )
        browser.close()
    return rows


if __name__ == "__main__":
    view_timings(tuple(int(a) for a in sys.argv[1:]) or SIZES)
