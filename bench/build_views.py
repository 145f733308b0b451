"""The HTML views of a build: size on disk and first paint in headless Chromium (when installed)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

VIEWS = ("graph.html", "claims.html", "concepts.html", "authors.html")


def measure_views(out: Path) -> dict[str, dict]:
    sizes = {name: {"bytes": (out / name).stat().st_size} for name in VIEWS if (out / name).exists()}
    chromium = shutil.which("chromium")
    if not chromium:
        return sizes
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for name in sizes:
            page = browser.new_page()
            t = time.perf_counter()
            page.goto((out / name).as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120000)
            sizes[name]["paint_s"] = round(time.perf_counter() - t, 2)
            page.close()
        browser.close()
    return sizes
