"""Statistics: every figure in the running text with its unit, the clause that states it,
what it measures, its period, place and data source."""

from __future__ import annotations

import bisect
import re

from npf_graph.document import Doc
from npf_graph.extract.datasources import SOURCE_RE
from npf_graph.extract.numbers import DisjointSpans, find_figures
from npf_graph.models import Statistic

CLAUSE_END = "，,；;。！？!?：:\n"
PLACES = {
    "中国": "中国", "我国": "中国", "全国": "中国", "国内": "中国", "美国": "美国", "全球": "全球", "世界": "全球",
    "欧盟": "欧盟", "欧洲": "欧洲", "日本": "日本", "英国": "英国", "德国": "德国", "韩国": "韩国", "印度": "印度",
    "上海": "上海", "北京": "北京", "深圳": "深圳", "杭州": "杭州", "广东": "广东", "江苏": "江苏", "浙江": "浙江",
}  # fmt: skip
PLACE_RE = re.compile("|".join(sorted(PLACES, key=len, reverse=True)))
YEAR = r"((?:19|20)\d{2})\s*年"
PERIOD_RES = (
    (re.compile(rf"截至\s*{YEAR}\s*(\d{{1,2}})\s*月"), lambda m: f"{m.group(1)}-{int(m.group(2)):02d}"),
    (re.compile(rf"{YEAR}\s*(\d{{1,2}})\s*月以来"), lambda m: f"{m.group(1)}-{int(m.group(2)):02d}以来"),
    (re.compile(rf"{YEAR}\s*(\d{{1,2}})\s*月"), lambda m: f"{m.group(1)}-{int(m.group(2)):02d}"),
    (re.compile(rf"{YEAR}\s*上半年"), lambda m: f"{m.group(1)}-H1"),
    (re.compile(rf"{YEAR}\s*下半年"), lambda m: f"{m.group(1)}-H2"),
    (re.compile(rf"{YEAR}\s*(?:到|至|—|-)\s*{YEAR}"), lambda m: f"{m.group(1)}-{m.group(2)}"),
    (re.compile(r"((?:19|20)\d{2})\s*年代"), lambda m: f"{m.group(1)}年代"),
    (re.compile(rf"{YEAR}\s*末"), lambda m: f"{m.group(1)}年末"),
    (re.compile(r"(?:最近|近)\s*[一二三四五六七八九十\d]+\s*年"), lambda m: re.sub(r"\s+", "", m.group(0))),
    (re.compile(rf"(?<!较)(?<!比){YEAR}"), lambda m: m.group(1)),
)
COMPARED_RE = re.compile(rf"(?:较|比)\s*{YEAR}")
MEASURE_TRIM = re.compile(
    r"(?:已经|已|将|仅|共|合计|总计|分别|同比|比上年|较上年)?(?:达到|达|为|约为|约|超过|接近|将近|近|逾|高达|增长|下降|提升|缩短|占比|占|是)+$"
)
SOURCE_CUE_RE = re.compile(
    r"(?:据|根据|来自)(?P<org>[\u4e00-\u9fff（）()]{2,30}?)(?:的)?(?:统计|数据|测算|发布|报告|显示|调查)"
)


MAX_CLAUSE = 200  # characters on each side of a figure: a clause without punctuation is cut there


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and start - s < MAX_CLAUSE and text[s - 1] not in CLAUSE_END:
        s -= 1
    e = end
    while e < len(text) and e - end < MAX_CLAUSE and text[e] not in CLAUSE_END:
        e += 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _periods(text: str) -> list[tuple[int, int, str]]:
    """Every period expression in `text` as (start, end, period); the first pattern wins where they overlap."""
    found: list[tuple[int, int, str]] = []
    taken = DisjointSpans()
    for pattern, fmt in PERIOD_RES:
        for m in pattern.finditer(text):
            if taken.claim(m.start(), m.end()):
                found.append((m.start(), m.end(), fmt(m)))
    return sorted(found)


class _Paragraph:
    """What `_period` needs of one paragraph, found once (so each figure costs log time)."""

    def __init__(self, paragraph: str) -> None:
        self.periods = _periods(paragraph)
        self.period_ends = [e for _, e, _ in self.periods]  # sorted: periods do not overlap
        self.breaks = [i for i, ch in enumerate(paragraph) if ch in "；;。"]
        self.compared = list(COMPARED_RE.finditer(paragraph))
        self.compared_ends = [m.end() for m in self.compared]

    def period(self, pos: int) -> str | None:
        """The period a figure at `pos` belongs to: the nearest one stated before it in its
        clause group (up to a '；' or '。'), else the year last stated earlier in the paragraph."""
        b = bisect.bisect_left(self.breaks, pos)
        seg_start = self.breaks[b - 1] + 1 if b else 0
        before = self.periods[: bisect.bisect_right(self.period_ends, pos)]
        c = bisect.bisect_right(self.compared_ends, pos)
        compared = self.compared[c - 1] if c and self.compared[c - 1].start() >= seg_start else None
        if compared:  # '较2020年下降了44%': from that year to the one in force
            k = bisect.bisect_left([p[0] for p in before], compared.start()) if before else 0
            year = before[k - 1][2][:4] if k else None
            return f"{compared.group(1)}-{year}" if year and year != compared.group(1) else compared.group(1)
        if before and before[-1][0] >= seg_start:
            return before[-1][2]
        if before:
            return before[-1][2][:4] if before[-1][2][:4].isdigit() else before[-1][2]
        return None


SUBJECT_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]+-?[A-Z]?\d[A-Za-z0-9.]*|[A-Z][A-Za-z]*[a-z][A-Za-z]*[A-Z][A-Za-z]*)(?![A-Za-z0-9])"
)


class _Sentence:
    """What `_place` needs of one sentence, found once: subjects (models, firms) and places."""

    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self.subjects = [m for m in SUBJECT_RE.finditer(sentence) if not re.fullmatch(r"(?:19|20)\d{2}", m.group())]
        self.subject_ends = [m.end() for m in self.subjects]
        self.places = list(PLACE_RE.finditer(sentence))
        self.place_starts = [m.start() for m in self.places]
        self.place_ends = [m.end() for m in self.places]

    def place(self, clause_start: int, fig_start: int) -> str | None:
        """The place or subject of a figure: a model or firm named just before it (GPT-4, OpenAI),
        else a place named in its clause, else the last place named before the clause."""
        sentence = self.text
        n = bisect.bisect_right(self.subject_ends, fig_start)
        if n and self.subjects[n - 1].end() >= clause_start - 20:
            subject = self.subjects[n - 1]
            if sentence[max(0, fig_start - 3) : fig_start].strip().endswith("从"):
                window = max(0, subject.start() - 200)
                pair = re.search(r"从\s*(\S+?)\s*到\s*(\S+?)[，,]", sentence[window : subject.end() + 1])
                if pair:
                    return pair.group(1)  # 'from GPT-1 to GPT-4, from 1.17亿 to 1750亿': the first goes with the first
            return subject.group()
        i = bisect.bisect_left(self.place_starts, clause_start)
        if i < len(self.places):
            return PLACES[self.places[i].group()]
        j = bisect.bisect_right(self.place_ends, clause_start)
        return PLACES[self.places[j - 1].group()] if j else None


def _measure(text: str, clause_start: int, fig_start: int) -> str | None:
    words = text[clause_start:fig_start]
    subjects = list(SUBJECT_RE.finditer(words))
    if subjects:  # 'GPT-4超过' measures nothing by itself; the subject goes to `place`
        words = words[subjects[-1].end() :] if len(words) - subjects[-1].end() < 4 else words
    words = re.sub(r"\s+", "", words)
    words = re.sub(
        r"^(?:其中|而|且|并|同时|此外|截至\d{4}年\d{0,2}月?|\d{4}年(?:上半年|末)?|目前|当前|当时|现在)+", "", words
    )
    words = MEASURE_TRIM.sub("", words)
    return words or None


def excluded_regions(doc: Doc) -> list[tuple[int, int]]:
    regions = []
    ref_list = doc.notes.get("reference_list")
    if isinstance(ref_list, tuple) and ref_list[0] is not None:
        regions.append((ref_list[0], ref_list[1] or len(doc.text)))
    for start, end, para in doc.paragraphs():
        if SOURCE_RE.match(para) or re.match(r"^\s*(?:\^\{\*\}|\*|作者|责任编辑|基金项目|联系人|[(（]作者为)", para):
            regions.append((start, end))
    return regions


def extract_statistics(doc: Doc) -> Doc:
    assert doc.seg is not None
    text = doc.text
    excluded = excluded_regions(doc)
    sources = doc.notes.get("footnote_anchors", {})
    anchors = sorted(sources.items()) if isinstance(sources, dict) else []
    anchor_pos = [pos for pos, _ in anchors]
    paragraphs: dict[int, _Paragraph] = {}
    for sent in doc.seg.sentences:
        if any(s <= sent.start < e for s, e in excluded):
            continue
        sentence = text[sent.start : sent.end]
        figures = find_figures(sentence)
        if not figures:
            continue
        para = doc.seg.paragraphs[sent.paragraph]
        if sent.paragraph not in paragraphs:
            paragraphs[sent.paragraph] = _Paragraph(text[para.start : para.end])
        context = _Sentence(sentence)
        sentence_span = doc.span(sent.start, sent.end)
        cue = SOURCE_CUE_RE.search(sentence)
        source = cue.group("org") if cue else None
        if source is None:
            i = bisect.bisect_left(anchor_pos, sent.start)
            source = anchors[i][1] if i < len(anchors) and anchors[i][0] <= sent.end else None
        for fig in figures:
            start, end = sent.start + fig.start, sent.start + fig.end
            c_start, c_end = _clause(text, start, end)
            c_start, c_end = max(c_start, sent.start), min(c_end, sent.end)
            doc.record.statistics.append(
                Statistic(
                    id=doc.item_id("stat", start, end),
                    quote=text[c_start:c_end].strip(),
                    value=fig.value,
                    unit=fig.unit,
                    normalized_value=fig.normalized_value,
                    normalized_unit=fig.normalized_unit,
                    measure=_measure(text, c_start, start),
                    period=paragraphs[sent.paragraph].period(start - para.start),
                    place=context.place(c_start - sent.start, fig.start),
                    approximate=fig.approximate,
                    source=source,
                    span=doc.span(c_start, c_end),
                    sentence_span=sentence_span,
                )
            )
    return doc
