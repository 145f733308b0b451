"""A manuscript's line numbers inside a reference list: the numbers a preprint prints at the
start of every line, which the conversion keeps inside the entries' text ('(Cervus' / '271
elaphus)…', '291-' / '303 302.')."""

from __future__ import annotations

import re

from npf_graph.models import Span

LINE_RE = re.compile(r"(?m)^[ \t]*(?:(\d{1,4})[ \t]+(?=\S))?(?=.*\S)")


def line_numbers(text: str, start: int, end: int) -> list[Span]:
    """Spans of the numbers opening lines of text[start:end] that count up by one to three from the
    number opening the non-empty line above. Bare labels of one-line entries count up the same way:
    only the numbers on an entry's later lines are line numbers (`inside_entries`)."""
    spans: list[Span] = []
    above: int | None = None
    for m in LINE_RE.finditer(text, start, end):
        number = int(m.group(1)) if m.group(1) else None
        if number is not None and above is not None and 1 <= number - above <= 3:
            spans.append((m.start(1), m.end(1)))
        above = number
    return spans


def inside_entries(text: str, start: int, end: int, entries: list[Span]) -> list[list[Span]]:
    """For each entry (start, end) of the list text[start:end], the line numbers on its later lines,
    where the list shows three or more of them: after a bare label 5 alone, '6 (2): 33' is a volume."""
    numbers = line_numbers(text, start, end)
    found = [[(a, b) for a, b in numbers if s < a < e] for s, e in entries]
    return found if sum(map(len, found)) >= 3 else [[] for _ in entries]
