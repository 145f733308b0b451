"""Reference-string parsers: GB/T 7714 (numeric and author-year), the Chinese
economics-journal author-year style, and English (APA/Chicago-like) references."""

from __future__ import annotations

from npf_graph.extract.refstyles.cnjournal import looks_cnjournal, parse_cnjournal
from npf_graph.extract.refstyles.common import ParsedRef, split_label
from npf_graph.extract.refstyles.english import looks_english, parse_english
from npf_graph.extract.refstyles.gbt7714 import parse_gbt7714

__all__ = ["ParsedRef", "parse_reference"]


def parse_reference(raw: str) -> ParsedRef:
    """Parse one reference string in whichever style it is written."""
    label, body = split_label(raw)
    if looks_cnjournal(body):
        ref = parse_cnjournal(body)
    elif looks_english(body):
        ref = parse_english(body)
    else:
        ref = parse_gbt7714(body)
    ref.label = label
    ref.raw = raw.strip()
    return ref
