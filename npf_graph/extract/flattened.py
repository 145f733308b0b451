"""Superscripts flattened into the text as plain numbers (``评述1、``, ``基础4。``, ``王朝霞等9认为``),
taken only where their numbers follow the order in which the paper first cites its entries, so counts,
measures, an author's affiliation marks and an item's number (``维度1：…维度2：``) stay what they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from npf_graph.extract.markers import in_prose
from npf_graph.extract.name_marks import MARK_RE
from npf_graph.extract.people import SUPERSCRIPTS

# a superscript read as a plain number: after a word, before punctuation or a line end
FLAT_RE = re.compile(
    r"(?<=[\u4e00-\u9fff”\"’）)》])(?<![图表式第章节条款号期卷页版约近达共计为有占增减降升超于是到过乘除加倍和或及骤前例在])"
    r"(?P<body>\d{1,3}(?:[,，.．]\d{1,3}){0,5})(?![,，.．]?\d)(?=[。，；、,;：]|[.．][\u4e00-\u9fff]|[ \t]*\n)"
    r"(?![：:]\s*\d)(?!、\s*\d{1,3}(?:\s*[、,，和与及]\s*\d{1,3})*\s*(?:[月日年号次个级类档]|[a-zA-Z%]))"
)  # not a ratio ('吸呼比1：2') nor months, grades or measures listed ('序列1、2、10月和11月', '偏高1、2、3级',
# '注射后1、3、5d'), nor a value ('起点调值在1，'); a stop before
# the next sentence, in a paper that ends its sentences with stops, not with '。' ('…家族4.依据', '…复合物8．这些';
# not the item '…根据现1.对于施工…' of a list)
# a superscript kept as a character after a word, before punctuation ('…起草路线图²，'): no figure's number,
# whatever the word; not a table's head ('<td>…余弦相似度²</td>'), a square
SUPERSCRIPT_RE = re.compile(
    r"(?<=[\u4e00-\u9fff”\"’）)》])(?P<body>[¹²³⁴-⁹][⁰¹²³⁴-⁹]?(?:[,，][¹²³⁴-⁹][⁰¹²³⁴-⁹]?){0,5})"
    r"(?=[。，；、,;：.．]|[ \t]*\n)"
)
NAME_MARKS_RE = re.compile(rf"(?:{MARK_RE.pattern}|[\"“\\,，.])+$")  # a name's marks, some read as quotes
CLAUSE_ENDS = ("。", "，", "；", "：", ",", ";", "．", ".")
WESTERN_STOP_RE = re.compile(r"[\u4e00-\u9fff][.．](?=[\u4e00-\u9fff])")  # '…结合或识别．在酵母中…'
# after 等 and before the verb: '王朝霞等9认为', 'Zhou等人7指出', 'Chen 等1利用' (not '等3个方面', '等8大类型',
# '等5型', '等7省区', '等4地'); after 文献: '文献12对…', '文献5 所述'
FLAT_ETAL_RE = re.compile(
    r"(?:(?<=等)|(?<=等人)|(?<=文献))(?P<body>\d{1,3}(?:[,，]\d{1,3}){0,3})(?=[ \t]?[\u4e00-\u9fff])"
    r"(?![ \t]?(?:[个项种类名位家条次年月日倍篇座点方部章节分人多余来维大型省市区县地国州镇村乡组批期例株份届处层段级]"
    r"|所(?![述提示])))"
)


def flattened_markers(
    text: str, top: int, known: list[tuple[int, int]], authors: tuple[str, ...] = (), after_etal_only: bool = False
) -> list[tuple[int, int, list[str]]]:
    """(start, end, labels) of superscripts flattened into the text. `known`: (start, highest
    label) of the markers already found; a number is taken when it is no higher than two past
    the highest label cited before it, so counts and measures in the text stay numbers. After
    one of the paper's `authors` a number is an affiliation mark. `after_etal_only`: in a paper that
    kept most of its brackets, only '李朝光等4则提出' and the next label cited before a full stop
    ('…提供了坚实基础4。'); where two or more of those show the paper flattened its superscripts,
    a label cited again before a full stop too ('…由钱学森任院长2。')."""
    found = _candidates(text, after_etal_only)
    strict = list(_flattened(text, found, top, known, authors, after_etal_only, repeats=False))
    if after_etal_only and len(strict) >= 2:
        return list(_flattened(text, found, top, known, authors, after_etal_only, repeats=True))
    return strict


def _candidates(text: str, after_etal_only: bool) -> list[tuple[int, int, str]]:
    """(start, end, body) of the numbers that may be flattened superscripts, in text order."""
    stops = len(WESTERN_STOP_RE.findall(text)) > text.count("。")  # the paper ends its sentences with '．'
    flat = [
        m
        for m in FLAT_RE.finditer(text)
        if (not after_etal_only or text.startswith(CLAUSE_ENDS, m.end())) and (stops or text[m.end()] not in ".．")
    ]
    raised = [m for m in SUPERSCRIPT_RE.finditer(text) if not after_etal_only or text.startswith(CLAUSE_ENDS, m.end())]
    return sorted(
        [(m.start(), m.end(), m.group("body")) for m in flat]
        + [(m.start(), m.end(), m.group("body")) for m in FLAT_ETAL_RE.finditer(text)]
        + [(m.start(), m.end(), m.group("body").translate(SUPERSCRIPTS)) for m in raised]
    )


def _numbered_item(text: str, start: int, end: int, body: str) -> bool:
    """'维度1：…；维度2：…': the number of an item before a colon, the same word numbered on next to it."""
    if not body.isdigit() or not text.startswith(("：", ":"), end):
        return False
    word, n = text[max(0, start - 2) : start], int(body)
    near = text[max(0, start - 400) : end + 400]
    return any(f"{word}{k}{colon}" in near for k in (n - 1, n + 1) for colon in "：:")


def _flattened(
    text: str,
    found: list[tuple[int, int, str]],
    top: int,
    known: list[tuple[int, int]],
    authors: tuple[str, ...],
    after_etal_only: bool,
    repeats: bool,
) -> Iterator[tuple[int, int, list[str]]]:
    marks = sorted(known)
    k, high = 0, 0
    for i, (start, end, body) in enumerate(found):
        if not in_prose(text, start) or _numbered_item(text, start, end, body):
            continue  # a byline's marks, a heading, a table's cells: prose only; '维度1：…维度2：' an item's number
        before = NAME_MARKS_RE.sub("", re.sub(r"\s", "", text[max(0, start - 16) : start]))
        if any(name and before.endswith(name) for name in authors):
            continue  # '王\u3000栋2,³', '梁少林’²', '范玉峰"²': an author's affiliation marks
        while k < len(marks) and marks[k][0] < start:
            high = max(high, marks[k][1])
            k += 1
        parts = _labels(body)
        if any(b <= a for a, b in pairwise(parts)):
            continue  # a list counts up
        if re.search(r"[.．]", body) and any(b != a + 1 for a, b in pairwise(parts)):
            continue  # '3.5' is a decimal; '5.6.7' lists neighbours
        if parts[0] < 1 or parts[-1] > top or (parts[0] > high + 2 and not _opens_run(found, i, parts[-1])):
            continue
        again = repeats and text.startswith("。", end)
        if after_etal_only and text.startswith(CLAUSE_ENDS, end) and not (high < parts[0] or again):
            continue  # in a paper that kept its brackets, '…基础4。', '…方剂5，' only as the next label cited
        high = max(high, parts[-1])
        yield start, end, [str(n) for n in parts]


RUN_REACH = 3  # how many numbers on a run of labels may pass over ('…作用15' after '…感知12', '…馆员1', '…影响14')


def _opens_run(found: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """found[i], a label past the ones cited before it, goes on in a run: two of the numbers after it
    each cite the next label or one after that ('…感知12；' … '…影响14；' … '…作用15。'), where the text
    lost the digits of the labels between ('…馆员1' for 13), so its order broke."""
    run, reach = last, 0
    for _, _, body in found[i + 1 : i + 1 + 2 * RUN_REACH]:
        labels = _labels(body)
        if run < labels[0] <= run + 2:
            run, reach = labels[-1], reach + 1
            if reach == 2:
                return True
    return False


def _labels(body: str) -> list[int]:
    """The numbers of a flattened marker's body ('12', '3,5', '5.6.7')."""
    return [int(n) for n in re.split(r"[,，.．]", body)]
