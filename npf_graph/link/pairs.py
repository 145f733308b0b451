"""Pair statistics materialised at build time: works cited together by several documents.

One SPARQL query that counts co-citations from scratch grows with the square of the
bibliographies and does not finish at ten thousand papers; counted here once per build, only
over works that two or more documents cite (no other pair can count twice), it stays near
linear in the number of references."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from npf_graph.models import DocumentRecord

MAX_PAIRS = 5000  # the most co-cited pairs kept; the saved query shows the first 200
MAX_BIBLIOGRAPHY = 400  # a huge bibliography says little about any one pair


def cocited_pairs(records: Iterable[DocumentRecord], keep: int = MAX_PAIRS) -> list[tuple[str, str, int]]:
    """(work id a, work id b, documents citing both) with a < b, for pairs cited together by at
    least two documents; the `keep` most frequent, by count, then ids."""
    cited = [sorted({r.work_id for r in rec.references if r.work_id}) for rec in records]
    by_docs = Counter(w for works in cited for w in works)
    pairs: Counter = Counter()
    for works in cited:
        shared = [w for w in works if by_docs[w] >= 2]
        if len(works) > MAX_BIBLIOGRAPHY:
            continue
        for i, a in enumerate(shared):
            for b in shared[i + 1 :]:
                pairs[a, b] += 1
    ranked = sorted(((a, b, n) for (a, b), n in pairs.items() if n >= 2), key=lambda p: (-p[2], p[0], p[1]))
    return ranked[:keep]
