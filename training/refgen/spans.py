"""Sentinel marking of field values and recovery of labelled character spans.

Every field value is wrapped as ``OPEN[kind] + value + CLOSE[kind]`` where OPEN is
U+E000+k and CLOSE is U+E080+k for the k-th label kind. Renderers (citeproc-py or the
Python formatters) and the damage functions treat sentinels as ordinary characters;
:func:`strip` removes them at the end and returns the spans they enclosed.
"""

from __future__ import annotations

from npf_graph.extract.refparse.labeller import FIELD_LABELS

KINDS: tuple[str, ...] = FIELD_LABELS  # the labeller's labels: one list for the generator and the model
OPEN: dict[str, str] = {k: chr(0xE000 + i) for i, k in enumerate(KINDS)}
CLOSE: dict[str, str] = {k: chr(0xE080 + i) for i, k in enumerate(KINDS)}
KIND_OF: dict[str, str] = {chr(0xE000 + i): k for i, k in enumerate(KINDS)} | {
    chr(0xE080 + i): k for i, k in enumerate(KINDS)
}

Span = tuple[int, int, str]


def w(kind: str, value: object) -> str:
    """Wrap a value in the sentinels of ``kind``; empty values give an empty string."""
    text = "" if value is None else str(value)
    return OPEN[kind] + text + CLOSE[kind] if text else ""


def is_sentinel(ch: str) -> bool:
    return 0xE000 <= ord(ch) < 0xE100


def visible(text: str) -> str:
    return "".join(ch for ch in text if not is_sentinel(ch))


def strip(marked: str) -> tuple[str, list[Span]]:
    """Remove sentinels, returning the plain string and sorted (start, end, kind) spans.

    Nested marks keep only the outermost span; spans are trimmed of edge whitespace and
    empty spans are dropped.
    """
    out: list[str] = []
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    for ch in marked:
        o = ord(ch)
        if 0xE000 <= o < 0xE080:
            stack.append((KIND_OF[ch], len(out)))
        elif 0xE080 <= o < 0xE100:
            kind = KIND_OF[ch]
            # an open mark whose close was lost (e.g. CSL kept only the first page) is dropped
            while stack and stack[-1][0] != kind:
                stack.pop()
            if not stack:
                continue
            _, start = stack.pop()
            if not stack:
                spans.append((start, len(out), kind))
        else:
            out.append(ch)
    raw = "".join(out)
    trimmed: list[Span] = []
    for start, end, kind in spans:
        while start < end and raw[start].isspace():
            start += 1
        while end > start and raw[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end, kind))
    trimmed.sort()
    return raw, trimmed
