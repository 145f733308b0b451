"""Paths shared by the tests."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def corpus_file(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))


SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpora" / "chinaxiv-dev"
REAL_GOLD = ROOT / "data" / "gold" / "real"

# headless Chromium (Debian's) for the browser tests, offline
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
