"""Markers the conversion damaged, read from the order numbered papers cite in.

A numbered list is numbered as the text first cites its entries, so a marker with no digits left, standing
where the text goes on from label k to label k + 2, cites k + 1: `…肥胖[4-6]。…主要病因[]。…[8]`, and n
such markers in a row where it goes on from k to k + n + 1 (or to nothing more, in a list of k + n) cite
k + 1 to k + n in turn; a run one marker longer than that is left unread. The error message of a broken
cross-reference (`错误!未找到引用源。`) is read so too. One after a name
cites the one entry whose first author has that name (`徐鹏等[运用…`, `Hurley[的…`), whatever the order;
so does one that kept one digit, among the labels holding that digit (`Lee等人[1提` → 11 where Lee wrote 11).
Elsewhere (labels cited again, gaps of more than one) it stays without a target. A range that lost its
end after label k cites up to the label before the next the text cites (`[10-]` before [12]). Two labels whose
separator was lost read as a number past the list (`[67]` in a list of 15): every label from the first
to the second, where the text had cited up to the one before the first.
"""

from __future__ import annotations

import re

from npf_graph.document import Doc
from npf_graph.extract.field_errors import FIELD_ERROR_RE
from npf_graph.extract.label_numbers import tens_lost
from npf_graph.extract.markers import FIRST_LOST
from npf_graph.link.resolve import family_name
from npf_graph.link.works import fold

AHEAD = 10  # how many markers on the next new label may stand, and how long a range may be read on
RUN = 40  # how many markers that lost their labels may stand in a row before it
LOST_END_RE = re.compile(r"[\[［]\s*\d{1,3}\s*[-–~～]\s*[\]］]?")  # '[10-]': a range that lost its end
OPEN_DIGIT_RE = re.compile(r"[\[［〔【]\s*\d")  # '[6': one digit left after the opening bracket
FIRST_LOST_RE = re.compile(FIRST_LOST)  # '[-35]': the marker alone, as `damaged_markers` found it


def _decimals(values: object) -> list[int]:
    return [int(v) for v in values if str(v).isdecimal()] if isinstance(values, list) else []


def reread_lost_tens(doc: Doc) -> None:
    """Read again, against every marker before it, a range whose first label lost its second digit
    (`[3-32]` after `$^{[ 2 9 - 3 0 ]}$`, a superscript found after the intact markers were read)."""
    cited = doc.notes.get("cited", {})
    assert isinstance(cited, dict)
    highest = 0
    for cite in sorted(doc.record.citations, key=lambda c: c.span[0]):
        numbers = [str(n) for n in _decimals(cited[cite.id])]
        if numbers and (again := tens_lost(numbers, highest, zero_lost=True)) != numbers:
            cited[cite.id] = numbers = again
        highest = max([highest, *map(int, numbers)])


def fill_lost_labels(doc: Doc, top: int) -> None:
    """Give each marker of `doc` whose digits were lost the one label the text skips around it, and each
    range that lost its end the labels up to the next the text cites, where they are in the list (1 to
    `top`); markers are read in text order, ranges that lost a digit read again first."""
    reread_lost_tens(doc)
    cited = doc.notes.get("cited", {})
    assert isinstance(cited, dict)
    ordered = sorted(doc.record.citations, key=lambda c: c.span)
    lost = [cited.get(c.id) == [] and _lost_label(c.marker) for c in ordered]
    families = _families(doc)
    for i, cite in enumerate(ordered):
        if lost[i] and (named := _named_label(doc.source.text, cite.span[0], families)) is not None:
            lost[i] = False  # 'Hurley[的快速恒星演化程序': the one entry by Hurley
            cited[cite.id] = [str(named)]
    numbers = [_decimals(cited.get(c.id)) for c in ordered]
    highest = 0
    for i, cite in enumerate(ordered):
        lost_end = LOST_END_RE.fullmatch(cite.marker)
        if lost[i] or lost_end:
            ahead = numbers[i + 1 : i + 1 + (AHEAD if lost_end else RUN)]
            later = [min((n for n in found if n > highest), default=None) for found in ahead]
            new = next((j for j, n in enumerate(later) if n is not None), len(later))
            following = later[new] if new < len(later) else None
            if following is None and i + 1 + RUN >= len(numbers) and all(lost[i + 1 :]):
                following = top + 1  # '…[15]。…[]。…[]' in a list of 17: the text goes on to the list's end
            run = sum(lost[i + 1 : i + 1 + new])  # '…[5]。…[]。…[]。…[8]': lost markers in a row, each a label
            unread_before = i > 0 and lost[i - 1] and not numbers[i - 1]  # a run one marker too long: none read
            if not lost_end and following in (highest + 2, highest + 2 + run) and following <= top + 1:
                numbers[i] = [] if unread_before else [highest + 1]
            elif lost_end and following and numbers[i] == [highest + 1] and following - 1 <= min(top, highest + AHEAD):
                numbers[i] = list(range(highest + 1, following))  # '[10-]' after [9], before [12]: 10-11
            cited[cite.id] = [str(n) for n in numbers[i]]
        highest = max([highest, *numbers[i]])


def _lost_label(marker: str) -> bool:
    """A bracket that lost its label ('[]', '[', '[：'), or a broken cross-reference's message."""
    return marker.lstrip().startswith(("[", "［")) or bool(FIELD_ERROR_RE.match(marker))


def _families(doc: Doc) -> list[tuple[int, str, str]]:
    """Label, first author's name as compared and first word of each numbered entry of `doc` with an author:
    '徐鹏'; 'hurley' of 'HurleyJR'; 'echarts' of 'ECharts 团队', an organisation. Read once per document."""
    if "families" not in doc.notes:
        doc.notes["families"] = [
            (int(r.label), family_name(r.authors[0]), fold(re.split(r"[,，\s]", r.authors[0].strip())[0]))
            for r in doc.record.references
            if r.label and r.label.isdecimal() and r.authors
        ]
    families = doc.notes["families"]
    assert isinstance(families, list)
    return families


# '徐伟[考虑…', '徐鹏等[运用…', 'Hurley[的快速…', 'Pan 等人[4在…': a name, with 等 or et al., just before
# the bracket
NAME_BEFORE_RE = re.compile(
    r"(?:(?P<zh>[\u4e00-\u9fff]{2,6})|(?P<en>[A-Z][A-Za-z'\-]{2,})\s*(?:et\s+al\.?|等人?)?)\s*$"
)


def _digit_kept(digit: str) -> set[int]:
    """The labels a marker that kept one digit of its label may cite: that digit, or two digits holding it."""
    spelled = {digit[:i] + d + digit[i:] for i in range(2) for d in "0123456789"}
    return {int(digit)} | {int(n) for n in spelled if not n.startswith("0")}


def _named_label(
    text: str, pos: int, families: list[tuple[int, str, str]], among: set[int] | None = None
) -> int | None:
    """The label of the one entry whose first author's name (`families`: label, name as compared, first
    word) the text names just before offset `pos`; of those `among` the labels a damaged marker may cite."""
    m = NAME_BEFORE_RE.search(text, max(0, pos - 16), pos)
    if m is None:
        return None
    zh, en = fold(re.sub(r"等人?$", "", m.group("zh") or "")), fold(m.group("en"))
    found = {
        label
        for label, family, first_word in families
        if (zh and 2 <= len(family) <= 4 and zh.endswith(family)) or (en and en in (family, first_word))
        if among is None or label in among
    }
    return found.pop() if len(found) == 1 else None


def joined_digits(numbers: list[str], cited_before: int, top: int) -> list[str]:
    """'[67]' for [6,7] after [5], '[46]' for [4-6] after [3]: a single label of two digits, the first
    smaller, past the list's last label `top`, where the text has cited up to the one before the first;
    as printed elsewhere ('[15]' after [14], 'DCOP[17]' after [8], in lists the conversion cut short).
    Three digits past the list's end are a range of a few labels whose dash was lost ('[910]' for [9,10],
    '[710]' for [7-10])."""
    if len(numbers) == 1 and len(numbers[0]) == 3 and top and int(numbers[0]) > top:
        first, second = int(numbers[0][0]), int(numbers[0][1:])  # '[910]' in a list of 30: 9 and 10
        return [str(n) for n in range(first, second + 1)] if first < second <= min(top, first + 4) else numbers
    if len(numbers) != 1 or len(numbers[0]) != 2 or not top:
        return numbers
    value, first, second = int(numbers[0]), int(numbers[0][0]), int(numbers[0][1])
    if value <= max(top, cited_before + 2) or not 1 <= first < second <= top or cited_before != first - 1:
        return numbers  # where the text has not cited up to the first, a list cut short ('DCOP[17]' of 9)
    return [str(n) for n in range(first, second + 1)]


def closing_digit_lost(marker: str, numbers: list[str], cited_before: int, top: int) -> list[str]:
    """'Smith[6采用' after [60]: a marker that lost its closing bracket and kept one digit, where the next
    label the text cites in order has two digits and one of them is that digit, lost a digit with its
    bracket and cites that label (61); as printed elsewhere ('[1' after [42]: 43 holds no 1)."""
    following = cited_before + 1
    if len(numbers) != 1 or not OPEN_DIGIT_RE.fullmatch(marker) or not 10 <= following <= min(top, 99):
        return numbers
    return [str(following)] if numbers[0] in str(following) else numbers


def first_label_lost(marker: str, numbers: list[str], cited_before: int) -> list[str]:
    """'[-35]' after [33]: a range that lost its first label goes on from the highest label the text cited
    before it (34-35); from 1 where the text had cited none before it or up to its end already ('[-2]')."""
    if not FIRST_LOST_RE.fullmatch(marker) or not numbers or not cited_before + 1 < int(numbers[-1]):
        return numbers
    return [str(n) for n in range(cited_before + 1, int(numbers[-1]) + 1)]


def read_in_order(doc: Doc, start: int, end: int, numbers: list[str], cited_before: int, top: int) -> list[str]:
    """The labels of the damaged marker at `start`–`end` of `doc`, read where the text had cited up to
    `cited_before`: one that kept one digit after a name cites the entry by that author holding the digit
    ('Lee等人[1提' → 11, where Lee wrote 11), else the next label holding it; a range that lost its first label."""
    marker = doc.text[start:end]
    if (one := OPEN_DIGIT_RE.fullmatch(marker)) and (
        named := _named_label(doc.text, start, _families(doc), _digit_kept(one.group()[-1]))
    ) is not None:
        return [str(named)]
    return first_label_lost(marker, closing_digit_lost(marker, numbers, cited_before, top), cited_before)
