"""Entries of a reference list glued on after another whose label the conversion lost
(``…2011，6（7）：618-625.沈翠珍，高静．内科护理学[M]…``): each is cut off at the names that open it,
after the previous entry's year or pages, where it has its own type code and year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from npf_graph.extract.refheadings import YEAR_RE
from npf_graph.extract.work_pairs import printed_again, same_work


@dataclass(frozen=True)
class Entry:
    start: int  # offsets in the text searched
    end: int
    label: str | None


ISSUE_PAGES_RE = re.compile(r"\d{1,4}\s*[(（]\s*\d{1,3}\s*[)）]\s*[:：]\s*\d+")  # '13(02):324'
# a head of names after an entry's full stop (on its line or the next) or digits
NAMES_AFTER_END = r"(?:(?<=[.。．])[ \t]*\n?[ \t]*|(?<=\d)[ \t]?)"
# names, Chinese or Latin, then a separator (not '经济地理，20,': a journal and its volume, nor '邓征译．', a
# book's translator)
NAMES_HEAD = (
    r"[\u4e00-\u9fff]{2,4}(?<!译)\s*[，,、.．](?!\s*\d)"
    r"|[A-Z][A-Za-z'\-]+\s+(?:[A-Z]{1,3}(?:-[A-Z])?[ \t]?){1,3}[，,.．]"
)
# a body as the author of an entry glued on after another's year or pages: '…1986.06.教育部语言文字信息管理司，…编著.'
# (not the bodies of a proceedings' editors: '…[C]//中国地理学会、…研究所.…论文摘要集.中国地理学会、…')
BODY_HEAD = (
    r"[\u4e00-\u9fff]{2,20}(?:部|司|局|署|委员会|中心|研究[所院]|学会|协会|小组|办公室)(?:编著?)?\s*[，,、.．](?!\s*\d)"
)
GLUED_HEAD_RE = re.compile(rf"{NAMES_AFTER_END}(?={NAMES_HEAD})|(?<=\d[.。．])[ \t]*(?={BODY_HEAD})")


TYPE_CODE_RE = re.compile(r"[\[［](?:[JMCDRNSPZAG]|EB|DB|[JMCDN]/OL|EB/OL|DB/OL)[\]］]")


def glued_unlabelled(text: str, entry: Entry) -> list[Entry]:
    """'[7] 范冠杰…[J].…2011，6（7）：618-625.沈翠珍，高静．内科护理学[M]…': a second entry with its own
    type code glued after a finished one, its label lost (its author a person or a body); it is cut off,
    unlabelled, and so is a third glued after the second, and so on."""
    codes = list(TYPE_CODE_RE.finditer(text, entry.start, entry.end))
    pieces, start, label = [], entry.start, entry.label
    # between two type codes in a row; where the head of the second was lost ('…2010（S1）：刘燕.…[D]'),
    # between the next two
    for code, next_code in pairwise(codes):
        if code.start() < start:
            continue
        cut = _glued_head(text, start, code, next_code, entry.end)
        if cut is not None:
            pieces.append(Entry(start, cut, label))
            start, label = cut, None
    return [*pieces, Entry(start, entry.end, label)]


GLUED_SPAN = 2000  # the most of an entry weighed against the one glued after it


def _glued_head(text: str, start: int, code: re.Match[str], next_code: re.Match[str], end: int) -> int | None:
    """Where an entry glued on begins between the type codes `code` (of the entry from `start`) and
    `next_code` (its own), after the first's year or pages and with its own after its code; or None."""
    for m in GLUED_HEAD_RE.finditer(text, code.end(), next_code.start()):
        second = YEAR_RE.search(text, next_code.end(), min(end, next_code.end() + 400)) or ISSUE_PAGES_RE.search(
            text, next_code.end(), min(end, next_code.end() + 400)
        )
        if second is None:
            return None
        # the entry before, and the glued one to its year and the volume and pages after it
        before, after = text[max(start, m.end() - GLUED_SPAN) : m.end()], text[m.end() : min(end, second.end() + 40)]
        if same_work(before, after) or printed_again(before, after):
            continue  # the entry again in the other language, or printed twice: one entry
        if "。" in text[code.end() : m.start()]:
            continue  # sentences of the body, moved into the entry by the conversion ('…69-. 了110%。…。可以看出，')
        if YEAR_RE.search(text, code.end(), m.end()) or ISSUE_PAGES_RE.search(text, code.end(), m.end()):
            return m.end()  # '…杂志,13(02):324-331.', '…杂志,202242(02):459-462.': a year lost or glued
    return None
