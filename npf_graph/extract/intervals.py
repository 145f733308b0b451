"""Two numbers in brackets that bound an interval, not two labels cited: after a word for a range or
before one for inside it (``取值范围设置为[1,3]``, ``在[4,10]间``), or one of a chain of intervals
(``小型企业[6,20]、中型企业[20,40]、大型企业[40,60]``)."""

from __future__ import annotations

import re

# '取值为', '设定的1值在', '取值范围设置为', '服从'
INTERVAL_WORD_RE = re.compile(
    r"(?:(?:区间|∈|介于|服从)|(?:范围|值)\s*(?:设置|设定|设)?\s*[为是在取：:])\s*$"
    r"|\b(?:[Uu]niform|[Nn]ormal|Gaussian|randint|rand|range)\s?$"  # 'Uniform[1,10]': a distribution's bounds
)

TWO_NUMBERS_RE = re.compile(r"\s*\d+(?:\.\d+)?\s*[,，]\s*\d+(?:\.\d+)?\s*")


# '在[2,10]内选择K值', '满足[1,3]的均匀分布'
INTERVAL_AFTER_RE = re.compile(r"[\]］]\s*(?:内(?!容)|之间|以内|上?的(?:均匀|正态|随机)?分布)")
BETWEEN_RE = re.compile(r"[\]］]\s*间(?![接隔])")  # '让其在[4,10]间进行…', after 在


def interval(text: str, pos: int, body: str) -> bool:
    """'Airmass 的范围为[2,10]', '属于区间[1,5]', 'K在[2,10]内取值': two numbers in the bracket at `pos`,
    after a word for a range or before one for inside it; not '分布范围[20]' nor '数据权益范围[107-108]',
    which cite."""
    if not TWO_NUMBERS_RE.fullmatch(body):
        return False
    return bool(
        INTERVAL_WORD_RE.search(text, max(0, pos - 12), pos)
        or INTERVAL_AFTER_RE.match(text, pos + 1 + len(body))
        or (text[max(0, pos - 1) : pos] == "在" and bool(BETWEEN_RE.match(text, pos + 1 + len(body))))
    )


CHAIN_REACH = 40  # how far from an interval the next or the one before may stand
INTERVAL_BOUNDS = r"[\[［(（]\s*(\d+(?:\.\d+)?)\s*[,，]\s*(\d+(?:\.\d+)?)\s*[\]］)）]"  # '[20,40]', '[20,40)'
NEXT_INTERVAL_RE = re.compile(rf"[^\[\]［］\n]{{0,{CHAIN_REACH}}}?{INTERVAL_BOUNDS}")
PREVIOUS_INTERVAL_RE = re.compile(rf"{INTERVAL_BOUNDS}[^\[\]［］\n]{{0,{CHAIN_REACH}}}$")


def _next_interval(text: str, end: int, high: str) -> tuple[int, str] | None:
    """(end, upper bound) of the interval that opens at `high` within reach after offset `end`, or None."""
    m = NEXT_INTERVAL_RE.match(text, end)
    return (m.end(), m.group(2)) if m and m.group(1) == high and float(m.group(1)) < float(m.group(2)) else None


def _previous_interval(text: str, start: int, low: str) -> tuple[int, str] | None:
    """(start, lower bound) of the interval that closes at `low` within reach before offset `start`, or None."""
    window = text[max(0, start - CHAIN_REACH - 24) : start]
    m = PREVIOUS_INTERVAL_RE.search(window)
    if not m or m.group(2) != low or float(m.group(1)) >= float(m.group(2)):
        return None
    return start - len(window) + m.start(), m.group(1)


def chained(text: str, start: int, end: int, body: str) -> bool:
    """'小型企业[6,20]、中型企业[20,40]、大型企业[40,60]': the bracket at text[start:end] holds two numbers,
    the lower first, one of three intervals or more in a row, each opening where the one before it closes
    (not '[17,18]…[18,19]', two citations)."""
    low, high = re.split(r"\s*[,，]\s*", body.strip())
    if float(low) >= float(high):
        return False
    after, before = _next_interval(text, end, high), _previous_interval(text, start, low)
    if after and before:
        return True
    if after:
        return _next_interval(text, after[0], after[1]) is not None
    return bool(before) and _previous_interval(text, before[0], before[1]) is not None
