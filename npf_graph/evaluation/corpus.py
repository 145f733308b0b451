"""Run extraction over gold-annotated documents and over whole corpora.

``score_gold_folder`` extracts the source of every gold file and scores it;
``robustness_sweep`` extracts every document of a folder or ``.tar.xz`` archive,
one failure never stopping the sweep, and reports crashes, time and the share of
documents where a title, authors and references were found.
"""

from __future__ import annotations

import json
import tarfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from npf_graph.evaluation.documents import DocScores, score_document
from npf_graph.ingest.load import load_bytes
from npf_graph.pipeline import run

DOC_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf")


def gold_source_name(gold: dict, gold_path: Path) -> str:
    return gold.get("file") or gold_path.stem + ".txt"


def score_gold_folder(gold_dir: Path, sources: Path, leave_out: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Extract and score every document annotated in `gold_dir` but those whose gold file is named in
    `leave_out`; `sources` is a folder or a ``.tar.xz`` archive holding them (only the annotated
    members are read from it)."""
    paths = [p for p in sorted(gold_dir.glob("*.json")) if p.name not in leave_out]
    golds = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    wanted = {gold_source_name(gold, p) for p, gold in golds}
    archived = dict(m for m in _archive_members(sources) if m[0] in wanted) if sources.is_file() else {}
    total = DocScores()
    per_doc: dict[str, Any] = {}
    for gold_path, gold in golds:
        name = gold_source_name(gold, gold_path)
        data = archived.get(name) if sources.is_file() else _read(sources / name)
        try:
            if data is None:
                raise FileNotFoundError(f"{name} is not in {sources}")
            record = run(load_bytes(data, name)).model_dump(mode="json")
        except Exception as exc:  # a failure is a score of zero, not the end of the evaluation
            per_doc[name] = {"error": f"{type(exc).__name__}: {exc}"}
            record = {"references": [], "citations": [], "authors": []}
        source = data.decode("utf-8", errors="replace") if data is not None else ""
        scores = score_document(gold, record, source)
        total.merge(scores)
        per_doc.setdefault(name, {}).update(scores.summary())
    return {"summary": total.summary(), "documents": per_doc}


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def _archive_members(path: Path) -> Iterator[tuple[str, bytes]]:
    with tarfile.open(path) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(DOC_SUFFIXES):
                fh = tar.extractfile(member)
                if fh is not None:
                    yield Path(member.name).name, fh.read()


def _folder_members(path: Path) -> Iterator[tuple[str, bytes]]:
    for f in sorted(path.rglob("*")):
        if f.is_file() and f.suffix in DOC_SUFFIXES:
            yield f.name, f.read_bytes()


def robustness_sweep(path: Path, limit: int | None = None, show_tracebacks: bool = False) -> dict[str, Any]:
    """Extract every document under `path` (a folder or a tar archive); count what was found."""
    members = _archive_members(path) if path.is_file() else _folder_members(path)
    n = crashes = title = authors = refs = 0
    kinds: Counter[str] = Counter()
    examples: list[str] = []
    slowest: list[tuple[float, str]] = []
    t0 = time.perf_counter()
    for name, data in members:
        if limit is not None and n >= limit:
            break
        n += 1
        t = time.perf_counter()
        try:
            record = run(load_bytes(data, name))
        except Exception as exc:  # counted and reported; the sweep goes on
            crashes += 1
            kinds[type(exc).__name__] += 1
            if len(examples) < 10:
                tb = traceback.format_exc(limit=-3) if show_tracebacks else ""
                examples.append(f"{name}: {type(exc).__name__}: {exc}\n{tb}".rstrip())
            continue
        finally:
            slowest.append((time.perf_counter() - t, name))
        title += bool(record.title)
        authors += bool(record.authors)
        refs += bool(record.references)
    elapsed = time.perf_counter() - t0
    slowest.sort(reverse=True)

    def share(k: int) -> float:
        return round(k / n, 4) if n else 0.0

    return {
        "documents": n,
        "crashes": crashes,
        "crash_kinds": dict(kinds),
        "crash_examples": examples,
        "seconds": round(elapsed, 1),
        "docs_per_second": round(n / elapsed, 2) if elapsed else None,
        "title_found": share(title),
        "authors_found": share(authors),
        "references_found": share(refs),
        "slowest": [{"file": f, "seconds": round(s, 2)} for s, f in slowest[:5]],
    }
