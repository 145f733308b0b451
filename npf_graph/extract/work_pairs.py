"""Two reference strings printed one after the other: the same work in two scripts (an entry and its
translation) or two works ('…2017,41(1):105-114 Wang Y,…17,41(1):' is one, '…2010,23(4):273-276.
GUAIS A,…2011,24(12):2061-2070.' two)."""

from __future__ import annotations

import re

from npf_graph.extract.refheadings import YEAR_RE
from npf_graph.ingest.chars import cjk_count

LETTER_RE = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def starts_chinese(text: str, start: int, end: int) -> bool:
    """The first letter in text[start:end] is a Chinese character."""
    first = LETTER_RE.search(text, start, end)
    return bool(first and "\u4e00" <= first.group() <= "\u9fff")


def translated(before: str, after: str) -> bool:
    """`after` opens the work of `before` again in the other script ('[18]王彪，…2016-12-30.' / 'Wang B, …'):
    their first letters differ in script, and `before` holds one of the years of `after`, or none."""
    if starts_chinese(before, 0, len(before)) == starts_chinese(after, 0, len(after)):
        return False
    years = set(YEAR_RE.findall(before))
    return not years or bool(years & set(YEAR_RE.findall(after)))


OCR_DIGIT_RE = re.compile(r"(?<=\d)[OolI]|[OolI](?=\d)")
VOLUME_ISSUE_RE = re.compile(r"\d{1,4}\s*[(（]\s*\d{1,3}\s*[)）]|\d+\s*[-–]\s*\d+")  # '41(1)', '105-114'


def same_work(before: str, after: str) -> bool:
    """`after` prints the work of `before` again in the other script ('…植物生态学报,2017,41(1):105-114' /
    'Wang Y,…CinJPlantEco,17,41(1):', '…(2O11).Culture of China's western regions…' / '[王勇，高敬.(2011).西域文化…]'):
    a year, a volume and issue or pages in common (digits misread as letters read back, '4146' for '41-46'),
    or none of them of its own; not another work ('…,2010,23(4):273-276.' / 'GUAIS A,…,2011,24(12):2061-2070.')."""
    # in two scripts: by their first letters, or one holds Chinese and the other none ('Tom Potter，颜培荣．…')
    first_apart = starts_chinese(before, 0, len(before)) != starts_chinese(after, 0, len(after))
    if not first_apart and (cjk_count(before) > 0) == (cjk_count(after) > 0):
        return False
    before, after = _digits_read(before), _digits_read(after)
    years, marks = set(YEAR_RE.findall(after)), _numbers(after)
    if not (years or marks):
        return True
    years_before = set(YEAR_RE.findall(before))
    return bool(years and (not years_before or years_before & years)) or bool(_numbers(before) & marks)


def _digits_read(text: str) -> str:
    """Letters misread for digits next to digits read back ('2O11' → 2011, '20l5' → 2015)."""
    return OCR_DIGIT_RE.sub(lambda m: "0" if m.group() in "Oo" else "1", text)


def _numbers(text: str) -> set[str]:
    """A reference's volumes, issues and pages, by their digits: '41(1)' → '411', '105-114' → '105114'."""
    found = {re.sub(r"\D", "", m) for m in VOLUME_ISSUE_RE.findall(text)}
    return found | {n for n in re.findall(r"(?<!\d)\d{3,}(?!\d)", text) if not YEAR_RE.fullmatch(n)}


FIRST_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]+|[\u4e00-\u9fff]{2,4}")


def printed_again(before: str, after: str) -> bool:
    """`after` prints the entry `before` again in the same script ('[4]Land EH,Mccann JJ.Lightness…1971,
    61(1):1-11.' / 'Land E H, Mccann J J. Lightnessand…1971,61 (1): 1-11.'): the same first author's name,
    a year in common, and every volume, issue and pages of `after` (not the same author's other work of that
    year, nor one in the same issue)."""
    a, b = FIRST_WORD_RE.search(before), FIRST_WORD_RE.search(after)
    if a is None or b is None or a.group() != b.group():
        return False
    before, after = _digits_read(before), _digits_read(after)
    numbers = _numbers(after)
    return (
        bool(set(YEAR_RE.findall(before)) & set(YEAR_RE.findall(after)))
        and bool(numbers)
        and numbers <= _numbers(before)
    )
