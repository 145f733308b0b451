"""The benchmark corpus: the scale archive unpacked once into a cache outside the repository,
and a folder of N documents linked from it; past the archive's size, variants made by a
deterministic small edit (a blank line holding k spaces) so that every file has its own hash."""

from __future__ import annotations

import os
import re
import tarfile
from pathlib import Path

ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "chinaxiv-scale.tar.xz"
CACHE = Path(os.environ.get("NPF_BENCH_CACHE", Path.home() / ".cache" / "npf-graph" / "bench"))


def unpacked(archive: Path = ARCHIVE, cache: Path = CACHE) -> list[Path]:
    """The papers of the archive, unpacked into `cache` the first time, sorted by name."""
    folder = cache / archive.name.split(".")[0]
    if not folder.is_dir() or not any(folder.iterdir()):
        cache.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tar:
            tar.extractall(cache, filter="data")
    return sorted(folder.glob("*.md"))


def variant(text: str, k: int) -> str:
    """The same paper with one blank line holding k spaces: another hash, the same content."""
    head, sep, tail = text.partition("\n\n")
    return head + "\n" + " " * k + "\n" + tail if sep else text + "\n" + " " * k + "\n"


def corpus(n: int, cache: Path = CACHE) -> Path:
    """A folder of `n` papers: hard links to the unpacked ones, then variants of them."""
    papers = unpacked(cache=cache)
    folder = cache / f"docs-{n}"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for i in range(n):
        src = papers[i % len(papers)]
        k = i // len(papers)
        name = src.name if k == 0 else f"{src.stem}-v{k}.md"
        wanted.add(name)
        dst = folder / name
        if dst.exists():
            continue
        if k == 0:
            os.link(src, dst)
        else:
            dst.write_text(variant(src.read_text(encoding="utf-8"), k), encoding="utf-8")
    for extra in folder.iterdir():
        if extra.name not in wanted:
            extra.unlink()
    return folder


def touch_one(folder: Path) -> Path:
    """Change one paper of `folder` (a new file replaces the link, so the cache stays as it was)."""
    path = sorted(folder.iterdir())[0]
    text = path.read_text(encoding="utf-8")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(variant(text, 1000), encoding="utf-8")
    tmp.replace(path)
    return path


def restore(folder: Path, path: Path, cache: Path = CACHE) -> None:
    """Undo `touch_one`: the link to the unpacked paper again, or the variant written anew."""
    m = VARIANT_RE.fullmatch(path.name)
    stem, k = (m.group(1), int(m.group(2))) if m else (path.stem, 0)
    original = next(p for p in unpacked(cache=cache) if p.stem == stem)
    path.unlink()
    if k:
        path.write_text(variant(original.read_text(encoding="utf-8"), k), encoding="utf-8")
    else:
        os.link(original, path)


VARIANT_RE = re.compile(r"(.+)-v(\d+)\.md")
