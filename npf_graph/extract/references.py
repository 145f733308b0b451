"""Find a document's reference list, split it into entries and parse each one.

A list starts at a heading (参考文献, References, 注释 …) or, without one, at a run
of numbered entries near the end of the document. Numbered entries start with a
label ([1], ［1］, 1., (1)); unnumbered ones are one paragraph each, and a
paragraph that continues an unfinished entry is joined to it. The list ends at
the first paragraph that is neither an entry nor a continuation (an author note,
an English title block, an editor's line).
"""

from __future__ import annotations

import re

from npf_graph.document import Doc
from npf_graph.extract.refstyles import parse_reference
from npf_graph.extract.refstyles.common import LABEL_RE, YEAR_RE
from npf_graph.ingest.lines import BLOCK_START_RE
from npf_graph.link.works import work_key
from npf_graph.models import Reference, Warning

HEADING_RE = re.compile(
    r"^\s*#*\s*(?:参\s*考\s*文\s*献|主要参考文献|参考资料|引用文献|文献|注\s*释|注释与参考文献|References|Bibliography"
    r"|Works\s+Cited|Notes)\s*[:：]?\s*$",
    re.I,
)
ENTRY_END_RE = re.compile(r"[.。．]\s*$|\d\s*$")
MAX_ENTRY = 600


def _entry_runs(paras: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Group the paragraphs after a heading into entries; stop where the list ends."""
    entries: list[list[tuple[int, int, str]]] = []
    numbered = bool(paras) and bool(LABEL_RE.match(paras[0][2]))
    for start, end, text in paras:
        is_label = bool(LABEL_RE.match(text))
        if numbered and is_label:
            entries.append([(start, end, text)])
            continue
        if not numbered and YEAR_RE.search(text) and not BLOCK_START_RE.match(text) and len(text) < MAX_ENTRY:
            if entries and not ENTRY_END_RE.search(entries[-1][-1][2]) and not _starts_entry(text):
                entries[-1].append((start, end, text))
            else:
                entries.append([(start, end, text)])
            continue
        # a continuation of an unfinished entry, or the end of the list
        unfinished = entries and not ENTRY_END_RE.search(entries[-1][-1][2])
        if unfinished and len(text) < 200 and not BLOCK_START_RE.match(text):
            entries[-1].append((start, end, text))
            continue
        break
    return entries


def _starts_entry(text: str) -> bool:
    """Does a paragraph begin a new author-year entry ('姓名，2024' / 'Name, A., 2021')?"""
    return bool(re.match(r"^[^，,。.]{1,60}?[，,]\s*(?:[A-Z]\.\s*)*(?:19|20)\d{2}", text)) or bool(
        re.match(r"^[A-Z][A-Za-z'\-]+,\s", text)
    )


def label_number(m: re.Match[str]) -> int:
    """The number of a list label: [3], 3., (3) or ③."""
    label = next(g for g in m.groups() if g)
    return ord(label) - 0x2460 + 1 if "\u2460" <= label <= "\u2473" else int(label)


def _list_start(doc: Doc) -> int | None:
    """Index of the first entry paragraph of the reference list, or None."""
    paras = doc.paragraphs()
    for i, (_s, _e, text) in enumerate(paras):
        if HEADING_RE.match(text):
            return i + 1
    # no heading: a run of at least three numbered entries in the last half of the document
    tail_from = len(paras) // 2
    for i in range(tail_from, len(paras) - 2):
        labels = [LABEL_RE.match(paras[i + k][2]) for k in range(3)]
        if all(labels) and [label_number(m) for m in labels if m] == [1, 2, 3]:
            return i
    return None


def extract_references(doc: Doc) -> Doc:
    start = _list_start(doc)
    if start is None:
        return doc
    paras = doc.paragraphs()[start:]
    entries = _entry_runs(paras)
    rec = doc.record
    for entry in entries:
        begin, end = entry[0][0], entry[-1][1]
        raw_text = "".join(doc.text[s:e] for s, e, _ in entry)
        raw = re.sub(r"\s+", " ", raw_text).strip()
        parsed = parse_reference(raw)
        fields = parsed.fields() | {"raw": raw}
        ref = Reference(id=doc.item_id("ref", begin, end), span=doc.span(begin, end), **fields)
        ref.work_id = work_key(ref)
        rec.references.append(ref)
        if not parsed.title:
            rec.warnings.append(
                Warning(code="reference_unparsed", message=f"no title found in {raw[:40]!r}", span=ref.span)
            )
    doc.notes["reference_list"] = (paras[0][0] if paras else None, entries[-1][-1][1] if entries else None)
    if not entries:
        rec.warnings.append(
            Warning(code="reference_list_empty", message="a reference heading with no entries under it")
        )
    return doc
