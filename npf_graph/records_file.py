"""records.jsonl, one document record a line, and the bookkeeping of a record's files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from npf_graph.models import DocumentRecord, Source


def _previous_records(path: Path) -> dict[str, DocumentRecord]:
    """The records of the last build, by record id."""
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = DocumentRecord.model_validate_json(line)
                except ValueError:
                    continue
                out[rec.id] = rec
    return out


def _write_jsonl(path: Path, records: Iterable[DocumentRecord]) -> dict[str, int]:
    """Write the records one at a time (never all held); their `summary`."""
    tmp = path.with_suffix(".jsonl.tmp")
    counts = Summary()
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(rec.model_dump_json() + "\n")
            counts.add(rec)
    tmp.replace(path)
    return counts.result()


def sources_of(rec: DocumentRecord) -> list[Source]:
    return [rec.source, *rec.copies]


def _key(path: str | Path) -> str:
    return os.path.abspath(path)


def _add_source(rec: DocumentRecord, src: Source) -> bool:
    """Record that `src` holds the text of `rec`; True when that is news."""
    if any(_key(s.path) == _key(src.path) and s.sha256 == src.sha256 for s in sources_of(rec)):
        return False
    rec.copies = [s for s in rec.copies if _key(s.path) != _key(src.path)] + [src]
    return True


class Summary:
    """The counts `build` prints, added up one record at a time."""

    ITEMS = ("authors", "references", "citations", "statistics", "claims")

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("documents", *self.ITEMS), 0)
        self.concepts: set[str] = set()
        self.warnings = 0

    def add(self, rec: DocumentRecord) -> None:
        self.add_tally(tally(rec))

    def add_tally(self, counted: tuple) -> None:
        items, concepts, warnings = counted
        self.counts["documents"] += 1
        for name, n in zip(self.ITEMS, items, strict=True):
            self.counts[name] += n
        self.concepts.update(concepts)
        self.warnings += warnings

    def result(self) -> dict[str, int]:
        return {**self.counts, "concepts": len(self.concepts), "warnings": self.warnings}


def tally(rec: DocumentRecord) -> tuple:
    """What one record adds to the summary, kept without the record (see spool.py)."""
    items = tuple(len(getattr(rec, name)) for name in Summary.ITEMS)
    return items, tuple(sorted({c.concept for c in rec.concepts})), len(rec.warnings)


def summary(records: Iterable[DocumentRecord]) -> dict[str, int]:
    """The counts `build` prints."""
    counts = Summary()
    for rec in records:
        counts.add(rec)
    return counts.result()
