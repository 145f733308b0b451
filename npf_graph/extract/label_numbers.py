"""The labels a numeric marker's body names, read as conversion left them: ranges whose first label lost
a doubled digit (``[20,2-23]``), whose first label lost its tens (``[3-34]`` after [32]), and whose
closing bracket was read as 1 (``[2\\~51``)."""

from __future__ import annotations

import re

RANGE_RE = re.compile(r"(\d+)\s*[-–—~～]\s*(\d+)")  # '2-4', '2～4': a range's first and last label


def numbers_in(body: str, top: int) -> list[str] | None:
    """Labels a marker body names ('2-4', '2.3', '5，81'), or None if one is out of range."""
    out: list[int] = []
    for part in re.split(r"\s*[,，、.]\s*", body.replace("\\", "").strip()):
        m = RANGE_RE.fullmatch(part)
        if m:
            b = int(m.group(2))
            a = range_start(m.group(1), out[-1] if out else None, b)
            if not a < b <= a + 50:
                return None
            out.extend(range(a, b + 1))
        elif part.isdigit():
            out.append(int(part))
        elif part:
            return None
    if not out or any(n < 1 or n > top + 1 for n in out):
        return None
    return [str(n) for n in out]


def range_start(first: str, before: int | None, end: int) -> int:
    """A range's first label as printed, or with a doubled digit the conversion lost where it falls
    below the label before it in the group ('[20,2-23]': 22-23, not 2-23)."""
    start = int(first)
    if before is not None and start < before:
        return min((n for n in _doubled(first) if before < n < end), default=start)
    return start


def range_end(first: str, last: str) -> int:
    """The end of a range whose end lost digits: '25-7' is 25-27, '6-1' and '10-1' end at 11."""
    if int(last) > int(first):
        return int(last)
    if len(last) < len(first):
        return int(first[: len(first) - len(last)] + last)
    return int("1" + last)


def range_labels(first: str, last: str, before: list[str]) -> list[str] | None:
    """The labels of a range after those `before` it in its group, or None where it names none or too many
    ('[2-2]' after [20] may be 22-23 as well as 2-12: one that ends where it starts names none)."""
    if int(first) == int(last):
        return None
    end = range_end(first, last)
    start = range_start(first, int(before[-1]) if before else None, end)
    return [str(n) for n in range(start, end + 1)] if start < end <= start + 50 else None


def tens_lost(numbers: list[str], cited_before: int, zero_lost: bool = False) -> list[str]:
    """`numbers` of a range, read from where its first label lost its second digit when the text cited
    that far before it ('[3-34]' after [32]: 33-34; '[4-42]' after [40]: 41-42): at the first digit
    doubled where that fits, else after the highest label cited before. With `zero_lost`, where every
    marker before it is known, a range after the label just below its tens opens them ('[2-21]' after
    [19]: 20-21, its 0 lost), and a range that goes on from the highest label cited before lost its
    first label's tens ('[2-13]' after [11]: 12-13)."""
    first, last = (int(numbers[0]), int(numbers[-1])) if numbers else (0, 0)
    if not (first < 10 <= last < 100 and len(numbers) == last - first + 1):
        return numbers
    if last // 10 != first:  # '[2-13]' after [11], '[5-16]' after [14]: the tens digit lost, the range goes on
        start = 10 * (last // 10) + first
        lost = zero_lost and start < last and cited_before == start - 1
        return [str(n) for n in range(start, last + 1)] if lost else numbers
    if cited_before < 10 * first - 1 or (cited_before == 10 * first - 1 and not zero_lost):
        return numbers  # the range comes before the text reached those tens: as printed
    if cited_before == 10 * first - 1:
        start = 10 * first  # the text stopped just below the tens: the range opens them
    else:
        start = 11 * first if 11 * first <= last else cited_before + 1
    return [str(n) for n in range(start, last + 1)] if 10 * first <= start <= last else numbers


def _doubled(digits: str) -> set[int]:
    """The numbers `digits` reads with one of its digits doubled ('2' → 22, '13' → 113, 133)."""
    return {int(digits[:i] + digits[i] + digits[i:]) for i in range(len(digits))}


CLOSE_AS_ONE_RE = re.compile(r"(?<!\d)(?P<first>\d{1,3})\s*\\?[-–~～]\s*(?P<end>\d{1,3})1$")


def close_read_as_one(body: str) -> str:
    """'[2\\~51，': a range whose lost closing bracket was read as 1, 2-5 and not 2-51: a range of more
    than ten labels whose end without that 1 still closes it."""
    m = CLOSE_AS_ONE_RE.search(body)
    if m and int(m.group("first")) < int(m.group("end")) and int(m.group("end") + "1") - int(m.group("first")) > 10:
        return body[: m.end("end")]
    return body
