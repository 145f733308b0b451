"""Labels of a numbered reference list that the conversion damaged: a digit lost ('[1]' for [11]),
a bracket lost or read as a digit ('[151' for [15]), only a closing bracket left, a label read as a sign."""

from __future__ import annotations

import re
from functools import lru_cache


def text_start(m: re.Match[str]) -> int:
    """Where the match starts past its leading space."""
    return m.start() + len(m.group()) - len(m.group().lstrip())


# '…142-149. ]aells…', '…115-119 ] Zhang PF,…'
LONE_CLOSE_RE = re.compile(r"(?:(?<=[.。．])\s*|(?<=\d)[ \t]+)[\]］」][ \t]?(?=[A-Za-z\u4e00-\u9fff])")
# '[∠」De vaale AJ,…' at a line start: a one-digit label read as a sign
SIGN_LABEL_RE = re.compile(r"(?m)^[ \t]*[\[［][^\w\s\[\]［］][\]］」](?=[ \t]?[A-Z\u4e00-\u9fff])")


EMPTY_LABEL_RE = re.compile(r"(?m)^[ \t]*[\[［][ \t]*[\]］](?=[ \t]?[A-Za-z\u4e00-\u9fff])")
LINE_AFTER_ENTRY_RE = re.compile(r"[.。．)）\d][ \t]*\n\s*$")  # a line start after one ending as entries do


def damaged_label(text: str, k: int, start: int, end: int) -> int | None:
    """Where entry k begins under a damaged label, or None: an empty bracket at a line start after an
    entry's end ('[]il Biomedical…'), only its closing bracket left after an
    entry's end ('…142-149. ]aells…', '…552 -557.」张先恩．'), its closing bracket read as a digit at a
    line start ('[151 工涛' for [15]), a one-digit label read as a sign at a line start ('[∠」De…'),
    (k under 10) a digit doubled after it, after an entry's end ('…18-29.[34]中共…' for [3]),
    or (k of 10 or more) one of its digits lost after an entry's end ('…8-20.[1]Leney') or at a line
    start ('[1]贾静怡…' for [11], '6]bleEll…' for [16], its opening bracket lost too, '[1SasanK…' for
    [11], its closing one)."""
    digits = str(k)
    if lone := LONE_CLOSE_RE.search(text, start, end):
        return text_start(lone)
    empty = EMPTY_LABEL_RE.search(text, start, end)
    if empty and LINE_AFTER_ENTRY_RE.search(text, max(0, empty.start() - 40), empty.start()):
        return text_start(empty)  # '…:081202.' / '[]il Biomedical Optics,…': every digit lost, at a line start
    if closing := re.compile(rf"(?m)^[ \t]*[\[［]{k}[1lI|](?=[ \t]?[A-Z\u4e00-\u9fff])").search(text, start, end):
        return text_start(closing)
    if sign := SIGN_LABEL_RE.search(text, start, end):
        return text_start(sign)
    if len(digits) < 2:  # '…18-29.[34]中共中央…' for [3] before [4]: a digit doubled into a one-digit label
        doubled = re.compile(rf"(?<=[.。．])\s*[\[［]{k}\d[\]］](?=\s?[A-Z\u4e00-\u9fff])").search(text, start, end)
        return text_start(doubled) if doubled else None
    variants = "|".join(sorted(digit_lost(digits)))
    m = digit_lost_after_end(variants).search(text, start, end)
    # '6]bleEllodliodel…' or '[1]贾静怡…' at a line start for [16], [11]: a digit (and the opening bracket) lost
    m = m or re.compile(
        rf"(?m)^[ \t]*(?:[\[［]?(?:{variants})[\]］]|[\[［](?:{variants})(?=[A-Z]))(?=\s?[A-Za-z\u4e00-\u9fff])"
    ).search(text, start, end)
    return text_start(m) if m else None


@lru_cache(maxsize=512)
def digit_lost_after_end(variants: str) -> re.Pattern[str]:
    """One of the `variants` of a label in brackets after an entry's end: '…8-20.[1]Leney' for [11], or
    after its last page and a space ('…273-280 [1]Mark S.…')."""
    return re.compile(rf"(?:(?<=[.。．])\s*|(?<=\d)[ \t]+)[\[［](?P<read>{variants})[\]］](?=\s?[A-Z\u4e00-\u9fff])")


def digit_lost(number: str) -> set[str]:
    """The readings of `number` with one of its digits lost ('11' → 1, '13' → 1, 3); none of one digit."""
    return {number[:i] + number[i + 1 :] for i in range(len(number))} - {""}
