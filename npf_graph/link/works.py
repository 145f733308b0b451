"""The cited work behind a reference: one id for the same work across documents.

A work's key is its normalised title, first author and year (width, script
variant, case, spaces and punctuation folded away). Across a corpus, works whose
keys differ only by a small typo in the title or author (an edit or two, with
the same year) are merged; titles that differ by whole words are not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator

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


def _blocks(refs: list[Reference]) -> Iterator[list[Reference]]:
    """Groups of references that may be one work: the same year and either the same first
    author, the same first four or the same last four characters of the title (so a typo in
    one of them is still found). A reference without a title is never merged, so it is in no
    group; an empty author makes no group either."""
    blocks: dict[tuple, list[Reference]] = defaultdict(list)
    for r in refs:
        title = fold(r.title)
        if not title:
            continue
        author = first_author(r)
        if author:
            blocks["a", r.year, author].append(r)
        blocks["t", r.year, title[:4]].append(r)
        blocks["e", r.year, title[-4:]].append(r)
    for block in blocks.values():
        if len(block) > 1:
            yield block


def _candidates(reps: dict[str, Reference]) -> Iterator[tuple[str, str]]:
    """Pairs of representatives whose folded titles differ in length by at most two characters
    (more is never a typo: `same_work` allows two edits at most): sorted by length, each is
    paired only with the few that follow it within that window."""
    ordered = sorted(reps, key=lambda i: (len(fold(reps[i].title)), i))
    lengths = [len(fold(reps[i].title)) for i in ordered]
    for n, a in enumerate(ordered):
        for m in range(n + 1, len(ordered)):
            if lengths[m] - lengths[n] > 2:
                break
            yield a, ordered[m]


def unify_works(records: Iterable[DocumentRecord]) -> int:
    """Give references to the same work one work_id across `records`; returns merges made.

    Candidates are compared only within blocks (see `_blocks`) and, inside a block, only when
    their titles are of nearly the same length, so the work grows nearly linearly with the
    number of references."""
    refs = [r for rec in records for r in rec.references if r.work_id]
    canonical: dict[str, str] = {}  # work_id -> the id it merges into

    def find(work_id: str) -> str:
        while work_id in canonical:
            work_id = canonical[work_id]
        return work_id

    merges = 0
    for block in _blocks(refs):
        reps: dict[str, Reference] = {}
        for r in sorted(block, key=lambda x: x.work_id or ""):
            reps.setdefault(find(r.work_id or ""), r)
        for a, b in _candidates(reps):
            ra, rb = find(a), find(b)
            if ra != rb and same_work(reps[a], reps[b]):
                canonical[max(ra, rb)] = min(ra, rb)
                merges += 1
    for r in refs:
        r.work_id = find(r.work_id or "")
    return merges
