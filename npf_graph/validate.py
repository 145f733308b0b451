"""Grounding checks run when a record is built: every item's text sits where its span says."""

from __future__ import annotations

import re
import unicodedata

from npf_graph.models import DocumentRecord, Span, Warning

SPAN_TEXT = {
    "references": "raw",
    "citations": "marker",
    "statistics": "quote",
    "claims": "text",
    "data_sources": "text",
    "authors": "name",
    "sections": "title",
    "parts": "title",
}
_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", text))


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def grounded(text: str, span: Span, source: str) -> bool:
    start, end = span
    if not 0 <= start < end <= len(source):
        return False
    small, big = _norm(text), _norm(source[start:end])
    # the stretch may hold dropped furniture, but not far more than the item itself
    return len(big) <= 3 * len(small) + 200 and is_subsequence(small, big)


def enforce_grounding(record: DocumentRecord, source: str) -> list[str]:
    """Drop every item whose text is not found at its span; warn about each. Returns their ids.

    An item can fail only when its text is spread over a long stretch of the source
    (a sentence that runs across a long footnote); it is left out rather than
    given a span that would point at far more than it says.
    """
    dropped: list[str] = []
    for coll, key in SPAN_TEXT.items():
        kept = []
        for item in getattr(record, coll):
            text, span = getattr(item, key), item.span
            if text and span and not grounded(text, span, source):
                dropped.append(item.id)
                record.warnings.append(
                    Warning(code="ungrounded", message=f"{coll} item {text[:30]!r} left out: span {span} too wide")
                )
            else:
                kept.append(item)
        setattr(record, coll, kept)
    return dropped
