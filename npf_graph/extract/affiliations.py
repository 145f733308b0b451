"""Affiliations under a byline: the numbers a name's marks point to and the numbered units.

``张三1，2`` points to units 1 and 2; ``1(南京理工大学经济管理学院 南京 210094)2中国科学院大学…``
holds them; a unit keeps its institution and loses the city and postcode after it. A unit whose
parts are lettered (``1.广西科技大学a.计算机科学与通信工程学院;b.智能计算…基地``) is each part
under the institution's name, all under its number.
"""

from __future__ import annotations

import re

from npf_graph.extract.name_runs import AFFILIATION_RE, STATIONS
from npf_graph.extract.people import SUPERSCRIPTS

MARK_DIGITS = SUPERSCRIPTS | str.maketrans("丨}」'‘’", "111111")  # a superscript 1 read as 丨 } 」 ' ‘ ’


def mark_numbers(marks: str) -> list[int]:
    """Affiliation numbers after a name: '1,2' '²' '1²' -> [1, 2]."""
    head = re.split(r"[（(]", marks, maxsplit=1)[0]
    digits = re.findall(r"\d", head.translate(MARK_DIGITS))
    return sorted({int(d) for d in digits if d != "0"})


POSTCODE_RE = re.compile(r"\d{6}(?:-\d{1,5})?")
LETTERED_FIRST_RE = re.compile(r"(?<=[\u4e00-\u9fff])a\s*[.．、]\s*(?=[\u4e00-\u9fff])")  # '…大学a.计算机…'
LETTERED_PART_RE = re.compile(r"[b-f]\s*[.．、]\s*(?=[\u4e00-\u9fff])")
# a city named by its suffix ('山东省青岛市'), or a short place set off by a comma ('浙江宁波，')
NOT_A_PLACE_END = "学院所校部局心司厅会室站馆队团厂处科组"  # '78100 部队，' is a unit, no place
PLACE_AFTER_POSTCODE = (
    rf"(?:(?:[\u4e00-\u9fff]{{2,4}}[省市州]){{1,3}}|[\u4e00-\u9fff]{{2,4}}(?<![{NOT_A_PLACE_END}])(?=\s*[,，]))"
)
POSTCODE_FIRST_RE = re.compile(rf"(?<![\d.])(\d{{1,2}})\s*[.．、]\s*\d{{5,6}}\s*{PLACE_AFTER_POSTCODE}\s*[,，]?\s*")
UNIT_SPLIT_RE = re.compile(r"[;；()（）\n]|(?=(?<![\d.])\d{1,2}\s*[.．、]?\s*[\u4e00-\u9fff])")
UNIT_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\s*[.．、]?\s*")
MARKS_THEN_FIRST_RE = re.compile(r"^\s*[\d][\d.,，\s]*?1(?=\s*[.．、]?\s*[\u4e00-\u9fff])")
# '中国建筑一局（集团）有限公司', '…教育部重点实验室(华中师范大学);', '深圳市国家气候观象台（深圳市天文台），',
# '南方医科大学第三附属医院(广东省骨科医院)影像科', '…重点实验室 (理化技术研究所)，':
# a bracket inside or closing a unit's name
INNER_BRACKET_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t]?[（(](?:[\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff])"
    r"|[\u4e00-\u9fff]{2,12}(?:大学|学院|台|站|馆|所|中心)[)）](?=\s*[;；,，])"
    r"|[\u4e00-\u9fff]{2,12}(?:医院|大学|学院)[)）](?=['‘’“”]?[\u4e00-\u9fff]{1,10}(?:科|室|系|部|中心)))"
)
HELD_BRACKETS = str.maketrans("()（）", "\ue000\ue001\ue002\ue003")
PUT_BACK = str.maketrans("\ue000\ue001\ue002\ue003", "()（）")


# a unit's labelled field ('邮编：', its colon stripped with the postcode cut out, '地区：天津市')
FIELD_LABEL_RE = re.compile(r"(?:邮编|邮政编码|地区|地址|城市|省份|电话|邮箱|E-?mail)(?:[:：]|$)", re.I)


THINK_TANK_RE = re.compile(r"智库(?=[\u4e00-\u9fff]{0,4}$)")  # '中国与全球化智库北京': a unit, not a title's word


def affiliation_units(block: str) -> list[tuple[int, str]]:
    """Numbered affiliations of the lines under a byline: [(number, text)], numbers from 1.

    '1(南京理工大学经济管理学院 南京 210094)', '1中国科学院文献情报中心北京100190²中国科学院大学…',
    '（1．内蒙古农业大学沙漠治理学院,内蒙古呼和浩特010011; 2．…）'. Units without a number
    are numbered by their position.
    """
    # '1.266000 山东省青岛市，中国海洋大学…': a unit's number, then its postcode and city before its name
    text = POSTCODE_FIRST_RE.sub(r"\1.", block.translate(SUPERSCRIPTS))
    text = POSTCODE_RE.sub("；", text)
    # '11中国科学院…', '2.31中国…', '11．内蒙古…': the last name's marks, then unit 1
    text = MARKS_THEN_FIRST_RE.sub("1", text)
    # a bracket inside the unit's name is no split (held apart, then put back)
    text = INNER_BRACKET_RE.sub(lambda m: m.group().translate(HELD_BRACKETS), text)
    units: list[tuple[int, str]] = []
    head = ""  # the institution whose parts are lettered ('广西科技大学a.计算机…学院;b.…基地')
    # '1.邮编：300381；地区：天津市；天津中医药大学…': the number of a unit whose labelled fields come first
    pending = 0
    for piece in UNIT_SPLIT_RE.split(text):
        m = UNIT_NUMBER_RE.match(piece)
        number = int(m.group(1)) if m else 0
        body = re.sub(r"\s+", "", piece[m.end() :] if m else piece).strip(",，.。:：」「*＊'’‘丨")
        if FIELD_LABEL_RE.match(body) or not (body or number):
            pending = number or pending
            continue
        number, pending = number or pending, 0
        part = LETTERED_PART_RE.match(body)
        if part and head and not number and units:  # 'b.智能计算…基地': the next part of the same unit
            number, body = units[-1][0], head + body[part.end() :]
        elif (first := LETTERED_FIRST_RE.search(body)) and AFFILIATION_RE.search(body[: first.start()]):
            head, body = body[: first.start()], body[: first.start()] + body[first.end() :]
            if len(parts := LETTERED_AFTER_COMMA_RE.split(body)) > 1:  # '长安大学a.信息工程学院,b.电子与控制工程学院'
                number = number or len(units) + 1
                units += [(number, _drop_place(head + p if k else p).translate(PUT_BACK)) for k, p in enumerate(parts)]
                continue
        else:
            head = ""
        lone = DEPARTMENT_RE.fullmatch(_drop_place(body)) if number and units else None
        if lone and (parent := PARENT_RE.match(units[-1][1])):
            units.append((number, parent.group("parent") + lone.group()))  # '…医院‘乳腺外科²病理科': the hospital's
            continue
        named = AFFILIATION_RE.search(body) or THINK_TANK_RE.search(body)
        if len(body) >= 4 and named and not re.search(r"摘\s*要|关键词|Abstract", body):
            unit = _drop_place(body)
            departments = [] if number or units else _departments(unit)  # '…医院'超声科，肝胆外科': units 1, 2
            unit = MARK_AFTER_PARENT_RE.sub("", unit)  # '…北京协和医院‘乳腺外科': a department's mark read as a quote
            units += [(k, d.translate(PUT_BACK)) for k, d in enumerate(departments or [unit], number or len(units) + 1)]
    return units


LETTERED_AFTER_COMMA_RE = re.compile(r"[,，]\s*[b-f]\s*[.．、]\s*(?=[\u4e00-\u9fff])")
# a lettered part's mark after a name, read as printed or garbled ('任帅‘，张弢ʰ，徐振超ä'): a, b, c, d
LETTER_MARKS = ("aäàáâªᵃ‘'’", "bʰᵇ♭", "cᶜç", "dᵈ")


def lettered_part(marks: str, parts: list[str]) -> list[str]:
    """The parts of a lettered unit that a name's marks name ('ʰ' → the second, 'a,b,c' → all three), or
    [] where a mark names none of `parts`."""
    picked: list[str] = []
    for mark in re.sub(r"[\s，,、*\\]", "", re.split(r"[（(]", marks, maxsplit=1)[0]):
        k = next((k for k, letters in enumerate(LETTER_MARKS) if mark in letters), len(parts))
        if k >= len(parts):
            return []
        picked += [] if parts[k] in picked else [parts[k]]
    return picked


# '佛山市第二人民医院'超声科，肝胆外科', '…北京协和医院‘消化内科“基本外科“放射科': one hospital, then its
# departments, each after its mark (a superscript read as a quote, or lost) or a comma
DEPARTMENTS_RE = re.compile(
    r"(?P<parent>[^,，'‘’“”]{4,40}?(?:医院|大学|学院)[\ue001\ue003]?)"
    r"(?P<rest>(?:(?:[,，、]['‘’“”¹²³⁴⁵⁶⁷⁸⁹]?|['‘’“”¹²³⁴⁵⁶⁷⁸⁹])[\u4e00-\u9fff]{1,8}?(?:科|室|中心)){2,})"
)  # each department after its own mark or comma: one reading of the text only, no backtracking blow-up
DEPARTMENT_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:科|室|中心)")


MARK_AFTER_PARENT_RE = re.compile(r"(?<=医院|大学|学院)['‘’“”](?=[\u4e00-\u9fff])")
PARENT_RE = re.compile(r"(?P<parent>.{4,40}?(?:医院|大学|学院))['‘’“”]?(?=[\u4e00-\u9fff]{1,8}?(?:科|室|中心)$)")


def _departments(body: str) -> list[str]:
    """Each department of one hospital or university, numbered in printed order, with the parent's name."""
    m = DEPARTMENTS_RE.fullmatch(body)
    if m is None or not re.match(r"[,，、]?['‘’“”¹]", m.group("rest")):
        return []  # the first department after its mark: not '…医院心内科' alone
    return [m.group("parent") + d for d in DEPARTMENT_RE.findall(m.group("rest"))]


def by_number(units: list[tuple[int, str]]) -> dict[int, list[str]]:
    """The units under each number: one, or the lettered parts of one institution."""
    out: dict[int, list[str]] = {}
    for number, unit in units:
        out.setdefault(number, []).append(unit)
    return out


UNIT_END_RE = re.compile(
    r"(?:大学|学院|研究所|研究院|研究中心|中心|科学院|公司|医院|实验室|图书馆|委员会|协会|学会|集团|学校|基地|智库"
    rf"|{STATIONS}|局|部|所|院|站|系|室|处|科(?![学技研普]))"
)


def _drop_place(unit: str) -> str:
    """'南京理工大学经济管理学院南京' -> '南京理工大学经济管理学院'; '…规划院,内蒙古呼和浩特' -> '…规划院'."""
    parts = re.split(r"[,，]", unit)
    while len(parts) > 1 and not UNIT_END_RE.search(parts[-1]):
        parts.pop()
    unit = ",".join(parts)
    ends = list(UNIT_END_RE.finditer(unit))
    if ends and 0 < len(unit) - ends[-1].end() <= 4 and unit[ends[-1].end() :].strip("\ue001\ue003"):
        unit = unit[: ends[-1].end()]
    return unit
