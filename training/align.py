"""Field values of a labelled reference string → character spans (training labels).

Real labelled strings (the GB/T development set, references of annotated papers)
give field values, not positions. Each value is located in the string, ignoring
whitespace, in reading order: label, authors, title, container, the
publication fields, then year and the numeric fields at a digit boundary. A
string in which a non-empty value cannot be located is not used for training.
"""

from __future__ import annotations

import re

from npf_graph.extract.refstyles.common import LABEL_RE

Span = tuple[int, int, str]
TEXT_FIELDS = ("title", "container", "publisher", "place")
NUMERIC_FIELDS = ("volume", "issue", "pages")


class _Compact:
    """The string without whitespace, with a map back to positions in the original."""

    def __init__(self, raw: str) -> None:
        self.pos = [i for i, c in enumerate(raw) if not c.isspace()]
        self.text = "".join(raw[i] for i in self.pos)

    def find(self, value: str, taken: list[Span], digits: bool = False, after: int = 0) -> tuple[int, int] | None:
        needle = re.sub(r"\s+", "", value)
        if not needle:
            return None
        k = self.text.find(needle)
        while k >= 0:
            s, e = self.pos[k], self.pos[k + len(needle) - 1] + 1
            boundary_ok = not digits or (
                (k == 0 or not self.text[k - 1].isdigit())
                and (k + len(needle) >= len(self.text) or not self.text[k + len(needle)].isdigit())
            )
            if s >= after and boundary_ok and not any(s < te and ts < e for ts, te, _ in taken):
                return s, e
            k = self.text.find(needle, k + 1)
        return None


def align(raw: str, fields: dict, type_code: str | None = None) -> list[Span] | None:
    """Spans of every non-empty field of `fields` in `raw`, or None when one cannot be placed."""
    c = _Compact(raw)
    spans: list[Span] = []
    m = LABEL_RE.match(raw)
    if m:
        spans.append((m.start() + len(m.group()) - len(m.group().lstrip()), len(m.group().rstrip()), "label"))
    cursor = spans[-1][1] if spans else 0
    for name in fields.get("authors") or []:
        hit = c.find(name, spans, after=cursor)
        if hit is None:
            return None
        spans.append((*hit, "author"))
        cursor = hit[1]
    authors_end = cursor
    for field in TEXT_FIELDS:
        value = fields.get(field)
        if value:
            hit = c.find(str(value), spans, after=authors_end) or c.find(str(value), spans)
            if hit is None:
                return None
            spans.append((*hit, field))
    code = type_code or fields.get("type")
    if code:
        m2 = re.search(r"[\[［]\s*(" + re.escape(code) + r"(?:\s*/\s*OL)?)\s*[\]］]", raw)
        if m2 is None:
            return None
        spans.append((m2.start(1), m2.end(1), "type"))
    if fields.get("year"):
        hit = c.find(str(fields["year"]), spans, digits=True, after=authors_end) or c.find(
            str(fields["year"]), spans, digits=True
        )
        if hit is None:
            return None
        spans.append((*hit, "year"))
    text_end = max((e for s, e, f in spans if f in ("title", "container")), default=authors_end)
    for field in NUMERIC_FIELDS:
        value = fields.get(field)
        if value:
            hit = c.find(str(value), spans, digits=True, after=text_end) or c.find(str(value), spans, digits=True)
            if hit is None:
                return None
            spans.append((*hit, field))
    return sorted(spans)
