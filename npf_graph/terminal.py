"""Document text on a terminal: never a control sequence.

Text taken from a document (titles, sentences, file names) can hold escape sequences that
move the cursor, rewrite earlier lines, change the window title or hide text; carriage
returns that overwrite a line; and bidirectional overrides that reorder what is shown.
Everything printed for a person to read goes through `printable` first."""

from __future__ import annotations

import re

# C0 controls (but tab and newline, handled below), DEL, C1 controls (CSI 0x9b among them),
# and the invisible bidirectional marks and overrides
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` for a terminal line: control characters removed, tabs and newlines as spaces."""
    return _UNSAFE.sub("", text.replace("\t", " ").replace("\n", " "))
