"""Records on disk, compact records in memory: what keeps a build's memory flat in the corpus.

A build needs the whole corpus at once only for the cross-document steps (work identity,
corpus links, comparable figures, co-citation), and those read a document's title, year,
sources, references and statistics, nothing else. So every record is written to disk as it
comes back from extraction (or stays where it is in the last build's records.jsonl), only
its compact form (`compact`) is kept, and the steps that need the whole record (RDF mapping,
records.jsonl, reader pages) read it back one at a time (`RecordSpool.full`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from npf_graph.models import DocumentRecord
from npf_graph.records_file import Summary, tally

# what the cross-document steps never read: emptied in the record kept in memory
HEAVY = ("abstract", "abstract_en", "parts", "sections", "citations", "data_sources", "claims", "concepts",
         "warnings", "funding", "authors", "keywords", "keywords_en")  # fmt: skip
# what a build changes in a record after extraction: taken from the compact record
OVERLAY = ("source", "copies", "references")


def compact(rec: DocumentRecord) -> DocumentRecord:
    """The record without what only the whole record needs (claims, citations, sections …)."""
    empty = {name: None if isinstance(getattr(rec, name), str) else [] for name in HEAVY}
    return rec.model_copy(update=empty)


class RecordSpool:
    """Where the whole record of each compact record is: a line of the last build's
    records.jsonl, or of a spool file this build writes as records come back."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.where: dict[str, tuple[IO[bytes], int, int]] = {}
        self.tallies: dict[str, tuple] = {}  # what each record adds to the build's summary
        self._files: list[IO[bytes]] = []
        self._spool: IO[bytes] | None = None

    def read_previous(self, path: Path) -> dict[str, DocumentRecord]:
        """The compact records of the last build's records.jsonl, by id (the file stays open:
        a new records.jsonl replaces it by rename, so these offsets stay valid)."""
        if not path.exists():
            return {}
        fh = path.open("rb")
        self._files.append(fh)
        out: dict[str, DocumentRecord] = {}
        offset = 0
        for line in fh:
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            try:
                rec = DocumentRecord.model_validate_json(line)
            except ValueError:
                continue
            out[rec.id] = compact(rec)
            self.where[rec.id] = (fh, start, len(line))
            self.tallies[rec.id] = tally(rec)
        return out

    def add(self, rec: DocumentRecord) -> DocumentRecord:
        """Write `rec` to the spool; its compact form."""
        if self._spool is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".records-", suffix=".spool", dir=self.folder)
            os.unlink(name)  # gone with the build, however it ends
            self._spool = os.fdopen(fd, "w+b")
            self._files.append(self._spool)
        data = rec.model_dump_json().encode("utf-8") + b"\n"
        start = self._spool.seek(0, os.SEEK_END)
        self._spool.write(data)
        self.where[rec.id] = (self._spool, start, len(data))
        self.tallies[rec.id] = tally(rec)
        return compact(rec)

    def full(self, rec: DocumentRecord) -> DocumentRecord:
        """The whole record of a compact one, with what the build changed since (its files,
        its references' work ids)."""
        place = self.where.get(rec.id)
        if place is None:  # not spooled: already whole
            return rec
        fh, start, length = place
        if fh is self._spool:
            fh.flush()
        fh.seek(start)
        whole = DocumentRecord.model_validate_json(fh.read(length))
        return whole.model_copy(update={name: getattr(rec, name) for name in OVERLAY})

    def each(self, records: list[DocumentRecord]) -> Iterator[DocumentRecord]:
        for rec in records:
            yield self.full(rec)

    def write_jsonl(self, path: Path, records: list[DocumentRecord], changed: set[str]) -> dict[str, int]:
        """records.jsonl, one record at a time: the line of the last build as it was for a record
        this build did not change, the whole record written again for the others; the summary."""
        tmp = path.with_suffix(".jsonl.tmp")
        counts = Summary()
        with tmp.open("wb") as out:
            for rec in records:
                place = self.where.get(rec.id)
                if place is None or rec.id in changed or place[0] is self._spool:
                    whole = self.full(rec)
                    out.write(whole.model_dump_json().encode("utf-8") + b"\n")
                    counts.add(whole)
                    continue
                fh, start, length = place
                fh.seek(start)
                line = fh.read(length)
                out.write(line if line.endswith(b"\n") else line + b"\n")
                counts.add_tally(self.tallies[rec.id])
        tmp.replace(path)
        return counts.result()

    def close(self) -> None:
        for fh in self._files:
            fh.close()
        self._files, self.where, self._spool = [], {}, None
