"""Links between documents of the corpus: a reference that cites a document which is
itself in the corpus (same title, and the same year where both are known)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from npf_graph.link.works import fold
from npf_graph.models import DocumentRecord


@dataclass(frozen=True)
class CorpusLink:
    citing: str  # record id
    reference: str  # reference id in the citing record
    work_id: str
    cited: str  # record id of the cited corpus document


def corpus_links(records: Sequence[DocumentRecord]) -> list[CorpusLink]:
    titles: dict[str, list[DocumentRecord]] = {}
    for rec in records:
        for title in (rec.title, rec.title_en):
            if title and len(fold(title)) >= 6:
                titles.setdefault(fold(title), []).append(rec)
    links = []
    for rec in records:
        for ref in rec.references:
            for cited in titles.get(fold(ref.title), []):
                # a long title is enough; a short one must also agree on the year
                long_title = len(fold(ref.title)) >= 10
                if cited.id != rec.id and (long_title or not ref.year or not cited.year or ref.year == cited.year):
                    links.append(CorpusLink(rec.id, ref.id, ref.work_id or "", cited.id))
    return links
