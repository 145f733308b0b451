"""The cited work behind a reference: one id for the same work across documents.

A work's key is its normalised title, first author and year (width, script
variant, case, spaces and punctuation folded away). Across a corpus, works whose
keys differ only by a small typo in the title or author (an edit or two, with
the same year) are merged; titles that differ by whole words are not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from npf_graph.document import stable_id
from npf_graph.ingest.chars import shadow
from npf_graph.models import DocumentRecord, Reference

_DROP = re.compile(r"[^\w]|_", re.U)


def fold(text: str | None) -> str:
    """Compare-friendly text: NFKC, simplified script, lower case, no spaces or punctuation."""
    if not text:
        return ""
    return _DROP.sub("", shadow(unicodedata.normalize("NFKC", text)).lower())


def first_author(ref: Reference) -> str:
    if not ref.authors:
        return ""
    name = ref.authors[0]
    if re.search(r"[A-Za-z]", name) and not re.search(r"[\u4e00-\u9fff]", name):
        name = re.split(r"[,\s]", name.strip())[0]  # the family name
    return fold(name)


def work_key(ref: Reference) -> str:
    title = fold(ref.title) or fold(ref.raw)
    return "work-" + stable_id(title, first_author(ref), ref.year or "")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) beyond `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def same_work(a: Reference, b: Reference) -> bool:
    """Two references to one work: same year, titles and first authors equal but for a typo."""
    if a.year != b.year:
        return False
    ta, tb = fold(a.title), fold(b.title)
    if not ta or not tb:
        return False
    title_limit = 1 if max(len(ta), len(tb)) < 30 else 2
    if edit_distance(ta, tb, title_limit) > title_limit:
        return False
    fa, fb = first_author(a), first_author(b)
    return not fa or not fb or edit_distance(fa, fb, 1) <= 1


def unify_works(records: Iterable[DocumentRecord]) -> int:
    """Give references to the same work one work_id across `records`; returns merges made."""
    refs = [r for rec in records for r in rec.references]
    by_year: dict[object, list[Reference]] = {}
    for r in refs:
        by_year.setdefault(r.year, []).append(r)
    merges = 0
    for group in by_year.values():
        canon: list[Reference] = []
        for r in sorted(group, key=lambda x: x.work_id or ""):
            match = next((c for c in canon if c.work_id != r.work_id and same_work(c, r)), None)
            if match is not None:
                r.work_id = match.work_id
                merges += 1
            elif all(c.work_id != r.work_id for c in canon):
                canon.append(r)
    return merges
