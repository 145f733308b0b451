"""The numbered units printed next to a byline: on the lines under it, up to where the body opens, or,
where none stand there, on the lines over it that open with unit 1."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from typing import Protocol

from npf_graph.extract.affiliations import PLACE_AFTER_POSTCODE, affiliation_units, by_number
from npf_graph.extract.name_runs import INSTITUTION_RE


class HasText(Protocol):
    """A line of the document's head."""

    @property
    def text(self) -> str: ...


# '…南京210037摘要;选取10—40a…', '…北京 100029)摘要 目前，…', '…上海 200025【基金项目】1.上海市卫生…': the
# abstract, the funding or the corresponding author run on after the units, which end there
UNITS_END_RE = re.compile(
    r"(?<=[\d\u4e00-\u9fff)）])\s*(?:摘\s*要\s*[:：;；]|【\s*(?:基金项目|通[信讯]作者|作者简介)|基金项目\s*[:：])"
    r"|(?<=[)）])\s*摘\s?要[ \t\u3000]"
    r"|(?<=\d{6})\s*摘\s?要(?=[\u4e00-\u9fff])"  # '…定位研究站 广州510650摘要创新是…': after the postcode, no colon
    r"|(?<=[\u4e00-\u9fff)）])\s*\\?\*\s*通[信讯]作者\s*[:：]"  # '…人民医院\*通信作者：…'
)
# '…（2022JYZ023）100029北京市，…', '…（SE1201933）1.200092上海，…'
POSTCODE_PLACE_RE = re.compile(rf"(?<!\d)\d{{6}}(?!\d)\s*(?:[\u4e00-\u9fff]{{1,6}}[省市州区]|{PLACE_AFTER_POSTCODE})")
# '作者简介：高侃（1989-），男，…', '# 收稿日期：…': a note among the lines under the byline holds no unit
NOTE_LINE_RE = re.compile(r"[ \t#*\\]*[【\[［]?\s*(?:作者简介|收稿日期|修回日期|通[讯信]作者)")
FUNDING_LINE_RE = re.compile(r"[ \t#*\\]*[【\[［]?\s*(?:基金项目|资助项目|基金资助)\s*[】\]］]?\s*[:：]")


LAST_MARK_RE = re.compile(r"[²³⁴⁵⁶⁷⁸⁹](?=[\u4e00-\u9fff])")  # a unit list opens at 1, not at a superscript 2


# '# 1引言', '# 一、前言', '# 1 概述', '# 1 Introduction': the body begins; no unit is printed under its heading
BODY_OPENS_RE = re.compile(
    r"[ \t#*]*(?:[01一][\s.、．]*)?(?:引\s*言|前\s*言|导\s*言|绪\s*论|概\s*述|Introduction)\s*", re.I
)


# '# 1 微服务器(MicroServer)的缘起和定义': the first numbered section, no unit nor postcode in it
FIRST_SECTION_RE = re.compile(r"[ \t]*#+[ \t]*(?:1|一)(?![\d.．]*\d)[ \t.．、]*[^\n]*")


def _body_opens(line: str) -> bool:
    return bool(BODY_OPENS_RE.fullmatch(line)) or (
        bool(FIRST_SECTION_RE.fullmatch(line)) and not INSTITUTION_RE.search(line)
    )


def units_below(lines: Sequence[HasText], i: int, end: int) -> dict[int, list[str]]:
    """The numbered units after offset `end` of byline `i` and on the lines under it, up to where the body opens
    or the abstract runs on after them."""
    below = list(takewhile(lambda x: not _body_opens(x.text), lines[i + 1 : i + 8]))
    under = [UNITS_END_RE.split(_past_funding(x.text), maxsplit=1)[0] for x in below if not NOTE_LINE_RE.match(x.text)]
    # '…吴承堂²广州市第一人民医院…': the last name's mark, not the number of a unit
    own = LAST_MARK_RE.match(lines[i].text, end)
    tail = UNITS_END_RE.split(lines[i].text[own.end() if own else end :], maxsplit=1)[0]  # '…511500摘要：目的…'
    return by_number(affiliation_units(_joined([tail, *(x for x in under if len(x) < 400)])))


def _joined(lines: list[str]) -> str:
    """Lines of units, one a line, but a unit whose bracket a line break left open goes on on the next
    ('(广东外语外贸' / '大学商学院，广州 510006)')."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].count("(") + out[-1].count("（") > out[-1].count(")") + out[-1].count("）"):
            out[-1] += line.strip()
        else:
            out.append(line)
    return "\n".join(out)


FIRST_UNIT_RE = re.compile(r"[ \t]*[1¹]\s*[.．、]?\s*[\u4e00-\u9fff]")  # '1中国科学院心理研究所…'


def units_above(lines: Sequence[HasText], i: int) -> dict[int, list[str]]:
    """The numbered units printed over byline `i`, from the line that opens with unit 1 (two lines up at most)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if FIRST_UNIT_RE.match(lines[j].text):
            return by_number(affiliation_units("\n".join(x.text for x in lines[j:i])))
    return {}


def _past_funding(line: str) -> str:
    """A line of the funding note printed between a byline and its units, without the note.

    '基金项目：山东省…项目' holds no unit; '基金项目：…（SE1201933）1.200092上海，同济大学…' runs on
    into the units, which begin at the number before their postcode.
    """
    if not FUNDING_LINE_RE.match(line):
        return line
    if not (place := POSTCODE_PLACE_RE.search(line)):
        return ""
    number = re.search(r"(?<![\d.])\d{1,2}\s*[.．、]\s*$", line[: place.start()])
    return line[number.start() if number else place.start() :]
