"""records.jsonl, one document record a line, and the bookkeeping of a record's files."""

from __future__ import annotations

import os
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


def _write_jsonl(path: Path, records: list[DocumentRecord]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(rec.model_dump_json() + "\n")
    tmp.replace(path)


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


def summary(records: list[DocumentRecord]) -> dict[str, int]:
    """The counts `build` prints."""
    return {
        "documents": len(records),
        "authors": sum(len(r.authors) for r in records),
        "references": sum(len(r.references) for r in records),
        "citations": sum(len(r.citations) for r in records),
        "statistics": sum(len(r.statistics) for r in records),
        "claims": sum(len(r.claims) for r in records),
        "concepts": len({c.concept for r in records for c in r.concepts}),
        "warnings": sum(len(r.warnings) for r in records),
    }
