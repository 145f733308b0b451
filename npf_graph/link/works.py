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
    """Give references to the same work one work_id across `records`; returns merges made.

    Candidates are compared only within blocks that share the year and either the first
    author or the first characters of the title, so a typo in one of the two is still
    found and the work stays linear in the number of references."""
    refs = [r for rec in records for r in rec.references if r.work_id]
    canonical: dict[str, str] = {}  # work_id -> the id it merges into

    def find(work_id: str) -> str:
        while work_id in canonical:
            work_id = canonical[work_id]
        return work_id

    blocks: dict[tuple, list[Reference]] = {}
    for r in refs:
        blocks.setdefault(("a", r.year, first_author(r)), []).append(r)
        blocks.setdefault(("t", r.year, fold(r.title)[:4]), []).append(r)
    merges = 0
    for block in blocks.values():
        reps: dict[str, Reference] = {}
        for r in sorted(block, key=lambda x: x.work_id or ""):
            reps.setdefault(find(r.work_id or ""), r)
        ids = sorted(reps)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                ra, rb = find(a), find(b)
                if ra != rb and same_work(reps[a], reps[b]):
                    canonical[max(ra, rb)] = min(ra, rb)
                    merges += 1
    for r in refs:
        r.work_id = find(r.work_id or "")
    return merges
