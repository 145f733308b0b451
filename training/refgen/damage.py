"""Seeded conversion damage applied to sentinel-marked strings.

Sentinels are transparent to every operation, so labels stay correct: a span grows or shrinks
with the text it encloses. URLs and DOIs are left intact. An OCR digit swap inside the year
makes the year field null downstream (it is no longer four digits).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from training.refgen.spans import CLOSE, KIND_OF, OPEN, is_sentinel

HALF_TO_FULL = {",": "，", ":": "：", "(": "（", ")": "）", ".": "．", ";": "；", "[": "［", "]": "］"}
FULL_TO_HALF = {v: k for k, v in HALF_TO_FULL.items()} | {"。": "."}
OCR = {"0": "oO", "1": "lI", "5": "S", "8": "B", "2": "Z"}
PROTECTED = {"url", "doi"}


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af"


def _walk(marked: str) -> Iterator[tuple[str, str | None]]:
    """Each character with the kind of the innermost open span (None outside spans)."""
    stack: list[str] = []
    for ch in marked:
        if is_sentinel(ch):
            if ord(ch) < 0xE080:
                stack.append(KIND_OF[ch])
            elif stack:
                stack.pop()
            yield ch, None
        else:
            yield ch, stack[-1] if stack else None


def cjk_spaces(rng: random.Random, marked: str, p: float) -> str:
    out: list[str] = []
    prev = ""
    for ch, kind in _walk(marked):
        if not is_sentinel(ch) and kind not in PROTECTED:
            if _cjk(ch) and _cjk(prev) and rng.random() < p:
                out.append(" ")
            prev = ch
        out.append(ch)
    return "".join(out)


def punct_spaces(rng: random.Random, marked: str, p: float) -> str:
    out: list[str] = []
    for ch, kind in _walk(marked):
        if ch in ".,:[]／/" and kind not in PROTECTED and kind != "label" and rng.random() < p:
            out.append(" " + ch + " " if ch in ".,:" else (" " + ch if ch == "[" else ch + " "))
        else:
            out.append(ch)
    return re.sub(r" {2,}", " ", "".join(out))


def drop_spaces(rng: random.Random, marked: str, p: float) -> str:
    out: list[str] = []
    prev = ""
    for ch, kind in _walk(marked):
        if ch == " " and prev in ",.:;" and kind not in PROTECTED and rng.random() < p:
            continue
        if not is_sentinel(ch):
            prev = ch
        out.append(ch)
    return "".join(out)


def width_swap(rng: random.Random, marked: str, p: float) -> str:
    out: list[str] = []
    for ch, kind in _walk(marked):
        if kind not in PROTECTED and kind != "pages" and rng.random() < p:
            if ch in HALF_TO_FULL and ch != ".":
                ch = HALF_TO_FULL[ch]
            elif ch in FULL_TO_HALF:
                ch = FULL_TO_HALF[ch]
        out.append(ch)
    return "".join(out)


def label_bracket(rng: random.Random, marked: str) -> str:
    m = re.match(rf"{OPEN['label']}([\[［(])(\d+)([\]］)]){CLOSE['label']}", marked)
    if not m:
        return marked
    left, num, right = m.groups()
    left, right = rng.choice([("", right), (left, ""), (left, "」"), ("【", right), (left, "］"), ("［", right)])
    return OPEN["label"] + left + num + right + CLOSE["label"] + marked[m.end() :]


def ocr_digits(rng: random.Random, marked: str, kinds: tuple[str, ...] = ("year",)) -> str:
    out: list[str] = []
    done = False
    for ch, kind in _walk(marked):
        if not done and kind in kinds and ch in OCR and rng.random() < 0.5:
            ch, done = rng.choice(OCR[ch]), True
        out.append(ch)
    return "".join(out)


def line_join(rng: random.Random, marked: str) -> str:
    """A line break inside the title or container joined with a hyphen or a space."""
    kind = rng.choice(["title", "container"])
    start = marked.find(OPEN[kind])
    end = marked.find(CLOSE[kind])
    if start < 0 or end - start < 8:
        return marked
    cut = rng.randint(start + 3, end - 3)
    body = marked[cut - 1 : cut + 1]
    if any(is_sentinel(c) for c in body):
        return marked
    if body.isalpha() and body.isascii():
        joint = rng.choice(["-", "- ", "-"])
    elif _cjk(body[0]):
        joint = rng.choice([" ", "  "])
    else:
        return marked
    return marked[:cut] + joint + marked[cut:]


def lost_type_bracket(rng: random.Random, marked: str) -> str:
    m = re.search(rf"([\[［]){OPEN['type']}([^\ue000-\ue0ff]+){CLOSE['type']}([\]］])", marked)
    if not m:
        return marked
    keep = rng.choice([(m.group(1), ""), ("", m.group(3)), (m.group(1), " " + m.group(3))])
    repl = keep[0] + OPEN["type"] + m.group(2) + CLOSE["type"] + keep[1]
    return marked[: m.start()] + repl + marked[m.end() :]


def damage(rng: random.Random, marked: str, lang: str) -> str:
    """Apply each kind of damage independently with a small probability."""
    if rng.random() < 0.45:  # about half the strings stay clean
        return marked
    if rng.random() < 0.25:
        marked = cjk_spaces(rng, marked, rng.choice([0.05, 0.2, 0.6]))
    if rng.random() < 0.2:
        marked = punct_spaces(rng, marked, rng.choice([0.1, 0.4]))
    if rng.random() < 0.3:
        marked = drop_spaces(rng, marked, rng.choice([0.3, 1.0]))
    if rng.random() < 0.3:
        marked = width_swap(rng, marked, rng.choice([0.1, 0.3]))
    if rng.random() < 0.12:
        marked = label_bracket(rng, marked)
    if rng.random() < 0.15:
        marked = line_join(rng, marked)
    if rng.random() < 0.05:
        marked = ocr_digits(rng, marked, rng.choice([("year",), ("year",), ("pages", "volume")]))
    if rng.random() < 0.04:
        marked = lost_type_bracket(rng, marked)
    return marked
