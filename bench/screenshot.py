"""A screenshot of a view in headless Chromium (Debian's chromium), as docs/img shows it.

The page is opened, left to draw, then zoomed by `--zoom` around the middle of the nodes of the
clusters its legend names (the whole view at 1), and the window is saved as PNG:

    .venv/bin/python bench/screenshot.py out/graph.html docs/img/papers-view-dev.png --zoom 1.8
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ZOOM = """(zoom) => {
  const net = window.npfNetwork, data = JSON.parse(document.getElementById("graph-data").textContent);
  const named = new Set((data.clusters || []).filter((c) => c.cluster !== null).map((c) => c.cluster));
  const ids = data.nodes.filter((n) => !named.size || named.has(n.cluster)).map((n) => n.id);
  const pos = Object.values(net.getPositions(ids));
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  net.moveTo({ position: { x: median(pos.map((p) => p.x)), y: median(pos.map((p) => p.y)) },
    scale: net.getScale() * zoom, animation: false });
}"""


def screenshot(page_path: Path, png: Path, zoom: float = 1.0, width: int = 1600, height: int = 1000) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(page_path.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300000)
        page.evaluate(ZOOM, zoom)
        page.wait_for_timeout(300)
        page.screenshot(path=str(png))
        browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--zoom", type=float, default=1.0)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    a = parser.parse_args()
    screenshot(a.page, a.png, a.zoom, a.width, a.height)
