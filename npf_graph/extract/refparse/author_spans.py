"""Author spans the labeller cut short on names in capitals: a hyphenated given name cut at its
hyphen ('HUANG PO' / 'CHUN' for HUANG PO-CHUN), a surname's prefix left out ('AL-' of AL-SARAWI) and
a last initial left between the name and the title ('FRANZON PAUL' ' D.')."""

from __future__ import annotations

import re

Spans = list[tuple[int, int, str]]

# 'AL-' of AL-SARAWI, 'HUANG PO-' of HUANG PO-CHUN: a name's part up to a hyphen, unlabelled before the rest
PREFIX_RE = re.compile(r"(?:^|(?<=[,，;；\s]))[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}-$")
LAST_INITIAL_RE = re.compile(r"[ \t]?[A-Z](?=\.)")  # ' D' before the stop that ends the authors


def whole_capital_names(raw: str, spans: Spans) -> Spans:
    """`spans` with the author spans made whole where a name in capitals was cut short."""
    out: Spans = []
    for k, (start, end, field) in enumerate(spans):
        if field == "author":
            window = max(out[-1][1] if out else 0, start - 30)
            if start > window and (prefix := PREFIX_RE.search(raw[window:start])):
                start = window + prefix.start()
            if out and out[-1][2] == "author" and raw[out[-1][1] : start] == "-" and raw[start:end][:1].isupper():
                start = out.pop()[0]  # 'HUANG PO' '-' 'CHUN'
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            tail = LAST_INITIAL_RE.match(raw, end)
            if tail and nxt and nxt[2] == "title" and raw[end - 1 : end].isupper() and nxt[0] > tail.end():
                end = tail.end()
        out.append((start, end, field))
    return out
