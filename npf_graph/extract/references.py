"""The reference list: entries found (`reflist`), each parsed into its fields.

Entries are cut on the readable text with its line breaks (before cleaning joins
lines), so their spans are exact stretches of the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from npf_graph.document import Doc, stable_id
from npf_graph.extract.damaged_labels import digit_lost
from npf_graph.extract.later_articles import article_after
from npf_graph.extract.line_numbers import inside_entries
from npf_graph.extract.page_jumps import other_articles
from npf_graph.extract.reflist import cited_max, find_list
from npf_graph.extract.refstyles import parse_reference
from npf_graph.link.works import work_key
from npf_graph.models import Reference, Warning
from npf_graph.validate import grounded


def extract_references(doc: Doc) -> Doc:
    readable = doc.source.readable
    others = other_articles(readable.text)
    found = find_list(readable.text, others)
    if found is None:
        return doc
    region_start, region_end, entries = found
    if (later := article_after(readable.text, region_end)) is not None:
        others = [*others, (later, len(readable.text))]
    rec = doc.record
    to_clean = _CleanIndex(doc)
    doc.notes["other_articles"] = [_clean_stretch(doc, to_clean, a, b) for a, b in others if b > a]
    last_end = 0  # the list ends no earlier than its last entry, whatever cleaning moved into it
    numbered = inside_entries(readable.text, region_start, region_end, [(e.start, e.end) for e in entries])
    for entry, numbers in zip(entries, numbered, strict=True):
        span = readable.source_span(entry.start, entry.end)
        cs, ce = to_clean.range(*span)
        last_end = max(last_end, ce)
        # the cleaned text of the entry: lines rejoined, spaced-out characters closed, page furniture gone
        raw = re.sub(r"\s+", " ", doc.text[cs:ce] if ce > cs else readable.text[entry.start : entry.end]).strip()
        cuts = [to_clean.range(*readable.source_span(a, b)) for a, b in numbers] if ce > cs else []
        if raw and not grounded(raw, span, doc.source.text):
            # cleaning moved a watermark or running head into the entry: its own lines, headings left out
            lines = readable.text[entry.start : entry.end].split("\n")
            raw = re.sub(r"\s+", " ", " ".join(x for x in lines if not x.lstrip().startswith("#"))).strip()
            cuts = []  # the cleaned text is not the entry's: its line numbers are not cut from it
        if not raw:
            continue
        parsed = parse_reference(_without(doc.text, cs, ce, cuts) if cuts else raw)  # no line numbers
        fields = parsed.fields() | {"raw": raw}
        if entry.label and (not fields.get("label") or str(fields["label"]) in digit_lost(entry.label)):
            fields["label"] = entry.label  # the list's own numbering, where the parser saw none or '[1]' for [11]
        ref = Reference(id=f"ref-{stable_id(rec.id, 'ref', *span, length=10)}", span=span, **fields)
        ref.work_id = work_key(ref)
        rec.references.append(ref)
        if not parsed.title:
            rec.warnings.append(
                Warning(code="reference_unparsed", message=f"no title found in {raw[:40]!r}", span=ref.span)
            )
    region = readable.source_span(region_start, max(region_end, region_start + 1))
    list_start, list_end = to_clean.range(*region)
    doc.notes["reference_list"] = (list_start, max(list_end, last_end))
    cited = cited_max(readable.text, region_start)
    _number_by_place(rec.references, cited)
    _number_gaps(rec.references)
    _number_tail(rec.references, cited)
    return doc


def _number_by_place(refs: list[Reference], cited: int) -> None:
    """A list whose labels the conversion lost, every one ('参考文献：' / '袁建敏,张开臣,…' / 'URBAIN B,…'),
    that the body cites by numbers ('[1]', '[4-5]') up to about its length: each entry's place is its number."""
    printed = sum(bool(re.match(r"[\[［(（]?\d", r.raw)) for r in refs)  # '3中共中央…', '1习近平…', out of order
    if len(refs) < 3 or any(r.label for r in refs) or printed * 2 > len(refs):
        return  # labels read, or printed and not read: no places ('0]…', '1]…' for [60], [61] are damage)
    if _cites_about(cited, len(refs)):
        for place, ref in enumerate(refs, 1):
            ref.label = str(place)


def _cites_about(cited: int, entries: int) -> bool:
    """The body cites numbers up to about the list's length: two off, or a tenth of a long list."""
    return abs(cited - entries) <= max(2, entries // 10)


def _number_gaps(refs: list[Reference]) -> None:
    """'[15]…' / five entries whose labels the conversion lost / '[21]…': where the entries between two
    labels, or before the first ('科技部.…' / 21 more / '[23]…'), are as many as the numbers skipped, each
    takes the number of its place."""
    known = [(-1, 0)] + [(i, int(r.label)) for i, r in enumerate(refs) if r.label and r.label.isdecimal()]
    for (i, a), (j, b) in pairwise(known):
        if j - i > 1 and b - a == j - i and not any(r.label for r in refs[i + 1 : j]):
            for k in range(i + 1, j):
                refs[k].label = str(a + k - i)


def _number_tail(refs: list[Reference], cited: int) -> None:
    """'[7] 李非…' / thirteen entries whose labels the conversion lost, to the list's end: where every label
    before them is its entry's place and the body cites numbers up to about the list's length, each takes
    the number of its place."""
    last = max((i for i, r in enumerate(refs) if r.label), default=None)
    if last is None or last == len(refs) - 1 or refs[last].label != str(last + 1):
        return
    if any(r.label != str(i) for i, r in enumerate(refs[: last + 1], 1)):
        return  # labels out of place before the tail
    if cited > last + 1 and _cites_about(cited, len(refs)):
        for place, ref in enumerate(refs[last + 1 :], last + 2):
            ref.label = str(place)


def _clean_stretch(doc: Doc, to_clean: _CleanIndex, start: int, end: int) -> tuple[int, int]:
    """The cleaned-text stretch of readable text[start:end]; one that runs to the end of the file
    runs to the end of the cleaned text, whatever cleaning moved inside it."""
    readable = doc.source.readable
    clean_start, clean_end = to_clean.range(*readable.source_span(start, end))
    return clean_start, len(doc.text) if end == len(readable.text) else clean_end


def _without(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> str:
    """text[start:end] with the stretches `cuts` left out, white space run together."""
    pieces, pos = [], start
    for a, b in sorted(cuts):
        if a >= pos and b <= end:
            pieces.append(text[pos:a])
            pos = b
    return re.sub(r"\s+", " ", "".join(pieces) + text[pos:end]).strip()


class _CleanIndex:
    """Cleaned-text positions of source offsets: (offset, index) pairs sorted once, then bisected."""

    def __init__(self, doc: Doc) -> None:
        assert doc.clean is not None
        pairs = sorted((off, i) for i, off in enumerate(doc.clean.mapped.offsets))
        self.offsets = [off for off, _ in pairs]
        self.indices = [i for _, i in pairs]
        self.size = len(pairs)
        self.text = doc.text
        self.by_index = doc.clean.mapped.offsets

    def range(self, src_start: int, src_end: int) -> tuple[int, int]:
        """The stretch of cleaned text that came from the source stretch [src_start, src_end)."""
        lo, hi = bisect_left(self.offsets, src_start), bisect_left(self.offsets, src_end)
        if lo >= hi:
            return self.size, self.size
        inside = self.indices[lo:hi]
        printed = [i for i in inside if not self.text[i].isspace()] or inside
        # from the first character on, as far as the characters came from the stretch: cleaning may have
        # moved a running head or a collapsed line break past the next entry
        start = end = min(printed)
        offsets, text = self.by_index, self.text
        while end < len(text) and (src_start <= offsets[end] < src_end or text[end].isspace()):
            end += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, max(end, start + 1)
