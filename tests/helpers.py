"""Paths shared by the tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def corpus_file(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))


SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpora" / "chinaxiv-dev"
REAL_GOLD = ROOT / "data" / "gold" / "real"


def read_dataset(folder: Path, **kwargs):
    """The dataset of a build's `dataset/` folder (one TriG file per named graph) in rdflib."""
    import rdflib

    from npf_graph.dataset import dataset_files

    ds = rdflib.Dataset(**kwargs)
    for f in dataset_files(folder):
        ds.parse(f, format="trig")
    return ds


def dataset_bytes(folder: Path) -> bytes:
    from npf_graph.dataset import dataset_files

    return b"".join(f.name.encode() + f.read_bytes() for f in dataset_files(folder))
