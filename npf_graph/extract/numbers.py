"""Figures with units in Chinese text: Arabic numbers (with thousands separators and
decimals), Chinese fractions and shares (三分之二, 一半, 近六成), orders of magnitude
(三个数量级, 万亿级), ranges, negative values, and the approximation words around them.

`find_figures` returns every figure with its unit; names that contain numbers
(GPT-4, A100, 5G), years, months, list numbers and citation labels are not figures
because they carry no unit from the table below.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

# unit as printed -> (normalized unit, factor to the base unit)
UNITS: dict[str, tuple[str, float]] = {
    "%": ("ratio", 0.01), "％": ("ratio", 0.01),
    "个百分点": ("percentage_point", 1.0), "百分点": ("percentage_point", 1.0),
    "元": ("CNY", 1.0), "元人民币": ("CNY", 1.0), "人民币": ("CNY", 1.0), "美元": ("USD", 1.0), "美金": ("USD", 1.0),
    "欧元": ("EUR", 1.0), "日元": ("JPY", 1.0),
    "ZB": ("byte", 1e21), "泽字节": ("byte", 1e21), "EB": ("byte", 1e18), "PB": ("byte", 1e15), "TB": ("byte", 1e12),
    "GB": ("byte", 1e9), "MB": ("byte", 1e6),
    "个参数": ("parameter", 1.0), "参数": ("parameter", 1.0),
    "家": ("count", 1.0), "人次": ("count", 1.0), "人": ("count", 1.0), "名": ("count", 1.0), "个国家": ("count", 1.0),
    "个地区": ("count", 1.0), "个城市": ("count", 1.0), "个": ("count", 1.0),
    "台": ("count", 1.0), "项": ("count", 1.0),
    "件": ("count", 1.0), "所": ("count", 1.0), "座": ("count", 1.0), "辆": ("count", 1.0), "款": ("count", 1.0),
    "篇": ("count", 1.0), "户": ("count", 1.0), "条": ("count", 1.0), "颗": ("count", 1.0), "块": ("count", 1.0),
    "吨": ("tonne", 1.0), "千瓦时": ("kWh", 1.0), "度": ("kWh", 1.0), "千瓦": ("kW", 1.0),
    "个月": ("month", 1.0), "倍": ("multiple", 1.0), "数量级": ("order_of_magnitude", 1.0),
}  # fmt: skip
UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
MAG_ALT = "|".join(sorted(MAGNITUDES, key=len, reverse=True))
NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
APPROX_BEFORE = ("超过", "接近", "将近", "近乎", "大约", "约为", "约", "近", "逾", "不足", "低于", "高于", "多于", "超")
APPROX_AFTER = ("左右", "以上", "多", "余", "上下", "以下", "之多")

ARABIC_RE = re.compile(
    rf"(?<![A-Za-z0-9_.\-/图表第附])(?P<neg>-)?(?P<num>{NUM})\s*(?P<more>多|余)?\s*(?P<mag>{MAG_ALT})?\s*(?P<more2>多|余)?\s*"
    rf"(?P<unit>{UNIT_ALT})(?![A-Za-z])(?<!所(?=[示述说言谓有在以]))"
)
RANGE_RE = re.compile(
    rf"(?<![A-Za-z0-9_.\-/])(?P<a>{NUM})\s*(?:%|％)?\s*[～~\-—–至到]\s*(?P<b>{NUM})\s*(?P<mag>{MAG_ALT})?\s*(?P<unit>{UNIT_ALT})(?![A-Za-z])"
)
FRACTION_RE = re.compile(r"(?P<den>[一二三四五六七八九十百千]+)分之(?P<num>[一二三四五六七八九十]+)")
SHARE_RE = re.compile(
    r"(?P<pre>近|接近|约|超过|将近|逾|占|达|占比|不到)(?P<n>[一二三四五六七八九])成(?![为功长本立果员])"
)
HALF_RE = re.compile(r"(?<=[占的约近超过达])一半")
# the lookbehind starts a match only at the first numeral of a run (linear time on long runs)
MAGNITUDE_ORDER_RE = re.compile(r"(?<![一二三四五六七八九十\d])(?P<n>[一二三四五六七八九十\d]+)\s*个数量级")
ABSTRACT_NOUN_RE = re.compile(
    r"方面|阶段|层次|层面|维度|部分|环节|步骤|问题|原因|特点|特征|领域|途径|路径|原则|要素|主体|目标|任务|方向|逻辑|关键|核心|重点"
)
BARE_SCALE_RE = re.compile(rf"(?<![A-Za-z0-9_.\-/])(?P<num>{NUM})\s*(?P<mag>万亿|亿)(?=\s*[，。；、）),.;])")
ORDER_SCALE_RE = re.compile(rf"(?<![A-Za-z0-9_.\-/])(?P<num>{NUM})\s*(?P<mag>{MAG_ALT})\s*(?:量级|级)")
BARE_MAGNITUDE_RE = re.compile(r"(?<![\d数几十百千万亿])(?P<mag>万亿|千亿|亿)(?=级|量级|到\s*\d|至\s*\d)")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: float
    unit: str  # as printed, magnitude included ('亿元', '%')
    normalized_value: float | None
    normalized_unit: str | None
    approximate: bool


def zh_int(text: str) -> int | None:
    """'三' -> 3, '十二' -> 12, '一百' -> 100; None if not a simple Chinese numeral."""
    if all(ch in ZH_DIGITS for ch in text) and "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + ZH_DIGITS[ch]
        return value
    m = re.fullmatch(r"([一二三四五六七八九])?十([一二三四五六七八九])?", text)
    if m:
        return (ZH_DIGITS[m.group(1)] if m.group(1) else 1) * 10 + (ZH_DIGITS[m.group(2)] if m.group(2) else 0)
    m = re.fullmatch(r"([一二三四五六七八九])(百|千)", text)
    if m:
        return ZH_DIGITS[m.group(1)] * (100 if m.group(2) == "百" else 1000)
    return None


def _approx(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip()
    after = text[end : end + 3].lstrip()
    if re.search(r"\d\s*[多余]", text[start:end]):  # '3800多亿元', '1000 多万个'
        return True
    return before.endswith(APPROX_BEFORE) or after.startswith(APPROX_AFTER)


def _normalize(value: float, mag: str | None, unit: str) -> tuple[float | None, str | None]:
    base, factor = UNITS.get(unit, (None, 1.0))
    if base is None:
        return None, None
    scale = MAGNITUDES.get(mag or "", 1.0)
    return value * scale * factor, base


class DisjointSpans:
    """Spans that never overlap, kept sorted: `claim` takes a span when it is free (log time)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # sorted too, as the spans do not overlap

    def claim(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        if (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end):
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


def find_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    taken = DisjointSpans()

    def add(start: int, end: int, value: float, unit: str, norm: tuple[float | None, str | None]) -> None:
        if taken.claim(start, end):  # the first pattern to find a stretch keeps it
            out.append(Figure(start, end, value, unit, norm[0], norm[1], _approx(text, start, end)))

    for m in RANGE_RE.finditer(text):
        # both ends of '70%～80%' share the unit printed after the second
        mag, unit = m.group("mag"), m.group("unit")
        for name, end in (("a", m.end("a")), ("b", m.end())):
            value = float(m.group(name).replace(",", ""))
            add(m.start(name), end, value, (mag or "") + unit, _normalize(value, mag, unit))
    for m in ARABIC_RE.finditer(text):
        mag, unit = m.group("mag"), m.group("unit")
        if (
            unit == "个"
            and not mag
            and (
                not re.match(r"[\u4e00-\u9fff]", text[m.end() : m.end() + 1] or " ")
                or ABSTRACT_NOUN_RE.match(text, m.end())
            )
        ):
            continue  # '3个方面' counts points of an argument, not things in the world
        value = float(m.group("num").replace(",", ""))
        if m.group("neg"):
            value = -value
        add(m.start(), m.end(), value, (mag or "") + unit, _normalize(value, mag, unit))
    for m in FRACTION_RE.finditer(text):
        den, num = zh_int(m.group("den")), zh_int(m.group("num"))
        if den and num and num < den:
            add(m.start(), m.end(), round(num / den, 4), "比例", (num / den, "ratio"))
    for m in SHARE_RE.finditer(text):
        n = ZH_DIGITS[m.group("n")] / 10
        add(m.start("n"), m.end(), n, "比例", (n, "ratio"))
    for m in HALF_RE.finditer(text):
        add(m.start(), m.end(), 0.5, "比例", (0.5, "ratio"))
    for m in MAGNITUDE_ORDER_RE.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else zh_int(m.group("n"))
        if n:
            add(m.start(), m.end(), float(n), "数量级", (float(n), "order_of_magnitude"))
    for m in ORDER_SCALE_RE.finditer(text):
        value, mag = float(m.group("num")), m.group("mag")
        add(m.start(), m.end(), value, mag + "量级", (value * MAGNITUDES[mag], "magnitude"))
    for m in BARE_SCALE_RE.finditer(text):  # '贷款余额约237万亿，': the currency is left unsaid
        value, mag = float(m.group("num")), m.group("mag")
        add(m.start(), m.end(), value, mag, (value * MAGNITUDES[mag], None))
    for m in BARE_MAGNITUDE_RE.finditer(text):
        mag = m.group("mag")
        add(m.start(), m.end(), 1.0, mag, (MAGNITUDES[mag], "magnitude"))
    out.sort(key=lambda f: f.start)
    return out
