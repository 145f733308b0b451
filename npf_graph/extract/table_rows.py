"""Tables of one column set out as lines: the converter prints some blocks of a page (an English title
block among them) as the rows of a table with a single cell a row."""

from __future__ import annotations

import re

# '<table><tr><td>A Study on … to the</td></tr><tr><td>Construction of …': the English block as the rows of a
# table of one column (a table of data, 'KeyWords | Comments', holds no block)
TABLE_EDGE_RE = re.compile(r"<table>|</table>", re.I)
TWO_CELLS_RE = re.compile(r"</t[dh]>\s*<t[dh][\s>]", re.I)
TABLE_TAG_RE = re.compile(r"</?(?:html|body|table|thead|tbody|tr|td|th)\b[^>\n]{0,200}>", re.I)


def one_column_rows(text: str) -> str:
    """`text` with each table of one column set out as lines, one a row (in one pass over the tables)."""
    if "<table" not in text.lower():
        return text
    pieces: list[str] = []
    done, opened = 0, None
    for m in TABLE_EDGE_RE.finditer(text):
        if m.group().lower() == "<table>":
            opened = m.start()
        elif opened is not None:
            if not TWO_CELLS_RE.search(text, opened, m.end()):
                pieces += [text[done:opened], TABLE_TAG_RE.sub("\n", text[opened : m.end()])]
                done = m.end()
            opened = None
    return "".join([*pieces, text[done:]])
