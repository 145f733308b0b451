"""The reference list: entries found (`reflist`), each parsed into its fields.

Entries are cut on the readable text with its line breaks (before cleaning joins
lines), so their spans are exact stretches of the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from npf_graph.document import Doc, stable_id
from npf_graph.extract.page_jumps import other_articles
from npf_graph.extract.reflist import find_list
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
    rec = doc.record
    to_clean = _CleanIndex(doc)
    doc.notes["other_articles"] = [to_clean.range(*readable.source_span(a, b)) for a, b in others if b > a]
    last_end = 0  # the list ends no earlier than its last entry, whatever cleaning moved into it
    for entry in entries:
        span = readable.source_span(entry.start, entry.end)
        cs, ce = to_clean.range(*span)
        last_end = max(last_end, ce)
        # the cleaned text of the entry: lines rejoined, spaced-out characters closed, page furniture gone
        raw = re.sub(r"\s+", " ", doc.text[cs:ce] if ce > cs else readable.text[entry.start : entry.end]).strip()
        if raw and not grounded(raw, span, doc.source.text):
            # cleaning moved a watermark or running head into the entry: its own lines, headings left out
            lines = readable.text[entry.start : entry.end].split("\n")
            raw = re.sub(r"\s+", " ", " ".join(x for x in lines if not x.lstrip().startswith("#"))).strip()
        if not raw:
            continue
        parsed = parse_reference(raw)
        fields = parsed.fields() | {"raw": raw}
        if not fields.get("label") and entry.label:  # the list's own numbering, where the parser saw none
            fields["label"] = entry.label
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
    return doc


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
