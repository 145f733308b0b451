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


def read_dataset(folder: Path, **kwargs):
    """The dataset of a build's `dataset/` folder (one TriG file per named graph) in rdflib."""
    import rdflib

    from npf_graph.dataset import dataset_files

    ds = rdflib.Dataset(**kwargs)
    for f in [folder] if folder.is_file() else dataset_files(folder):  # a folder, or one dumped TriG file
        ds.parse(f, format="trig")
    return ds


def dataset_bytes(folder: Path) -> bytes:
    from npf_graph.dataset import dataset_files

    return b"".join(f.name.encode() + f.read_bytes() for f in dataset_files(folder))


def two_docs(folder: Path) -> Path:
    """A corpus folder of two sample documents (003 and 004)."""
    folder.mkdir(parents=True, exist_ok=True)
    for prefix in ("003", "004"):
        shutil.copy(corpus_file(prefix), folder / f"{prefix}.txt")
    return folder


def two_citing_copies(folder: Path) -> Path:
    """A corpus folder of sample 000 twice under two titles: two documents citing the same works."""
    folder.mkdir(parents=True, exist_ok=True)
    text = corpus_file("000").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(
        text.replace("新质生产力的新质态及其发展战略", "新质生产力的发展战略再论", 1), encoding="utf-8"
    )
    return folder


def extract_text(tmp_path: Path, text: str, name: str = "paper.md"):
    """The record of `text` written as a Markdown file under `tmp_path`."""
    from npf_graph.pipeline import extract_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)
