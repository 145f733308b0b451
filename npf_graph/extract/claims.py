"""Claims: the sentences (and strategy headings) that recommend, find, assert, forecast or
define, each linked to its citations, statistics, data sources, concepts, section and
the people or works it quotes. The claim text is always the source sentence."""

from __future__ import annotations

import bisect
import re

from npf_graph.document import Doc
from npf_graph.extract.statistics import excluded_regions
from npf_graph.models import Claim, DocumentRecord

DEFINITION_RE = re.compile(r"是指|指的是|所谓.{1,24}?(?:是|就是|即)|(?:被)?定义为|简称为?|是.{2,30}的总称")
MODAL_RE = re.compile(
    r"应当|应该|必须|务必|亟需|亟待|需要|建议|有必要|"
    r"(?<![重主概摘纲首只必])要(?![素求件点闻害领务紧义旨])|"
    r"(?<![供适响效对反相理顺回呼])应(?![用对急变该当激运])|"
    r"(?<![必无所急])需(?![求])"
)
FORECAST_RE = re.compile(
    r"预计|预测|有望|将(?:会|要|成为|在|推动|带来|进一步|持续|加速|逐步|迎来|面临|出现|产生|引领|形成|改变|实现|达到)|"
    r"到\s*20\d{2}\s*年|未来.{0,8}(?:将|会)"
)
ENUM_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]|其[一二三四五六七八九十][，,、]|首先|其次|再次|最后)"
)
ACTION_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]\s*|#+\s*|\d+[.．、]\s*)?"
    r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、])?\s*"
    r"(?:要|应|需|建立|建设|构建|推动|推进|加快|加强|加大|发挥|强化|完善|健全|深化|促进|培育|打造|牢牢把握|把握|紧扣|坚持|"
    r"支持|鼓励|优化|提升|聚焦|大力|积极|着力|实施|探索|营造|引导|夯实|筑牢|拓展|扩大|落实|统筹|更加关注|关注|确保|"
    r"共同营造|深入|全面|切实|以.{1,14}为|由.{1,12}转向)"
)
STRATEGY_RE = re.compile(r"战略|对策|建议|路径|进路|措施|举措|思考|启示|发力|着力点|政策含义")
ADVICE_CONTEXT_RE = re.compile(
    r"(?:建议|对策|措施|举措|方向发力).{0,12}(?:[:：]|如下|以下)|提出以下|从以下.{0,8}(?:入手|着手|发力)"
)
SPEAKER_RE = re.compile(
    r"(?:^|(?<=[，。；：“”、\s(（])|(?<=正如)|(?<=如))"
    r"(?!正如|所以|因此|如果|而且|但是|这种|这一|本研究|本文)"
    r"(?P<who>习近平(?:总书记)?|总书记|[\u4e00-\u9fff]{2,4}?(?:·[\u4e00-\u9fff]{1,6}?)?|[A-Z][a-z]+)"
    r"(?:同志|教授|先生)?(?:曾经|曾)?(?:在[^，。；“”]{0,30}?)?(?:中)?(?:所)?(?:强调|指出|认为|提出|所言|所说|表示|写道|坦言)"
)
AUTHORITY_RE = re.compile(r"正如|研究表明|研究发现|证明|证实|表明|显示|指出")
DISAGREE_RE = re.compile(r"然而.{0,20}认为|与.{1,20}不同|不同于|质疑|反驳|并非如|值得商榷")
DATA_RE = re.compile(r"数据来源|资料来源|据.{1,20}统计|数据显示|统计显示")
NOT_SPEAKER = set(
    "研究 文章 本文 报告 数据 结果 学者 专家 有人 他们 我们 这一 此外 笔者 会议 全会 文件 政府 意见 规划 实践"
    " 历史 事实 经验 理论 观点 中国 美国 反复 代表 模式 国家 企业 市场".split()
)


def _section_chain(doc: Doc, pos: int) -> list[str]:
    assert doc.seg is not None
    return [s.title for s in doc.seg.sections if s.start <= pos < s.end]


def _kind(text: str, heading: bool, strategy: bool, advice: bool, backed: bool) -> str | None:
    if heading:
        return "recommendation" if strategy or ACTION_RE.match(text) else None
    if DEFINITION_RE.search(text):
        return "definition"
    enumerated = bool(ENUM_RE.match(text))
    if MODAL_RE.search(text) or ((strategy or advice) and enumerated) or (enumerated and ACTION_RE.match(text)):
        return "recommendation"
    if FORECAST_RE.search(text):
        return "forecast"
    return "finding" if backed else "assertion"


def attributions(text: str) -> list[str]:
    """People and works a sentence quotes or attributes to: speakers and 《titles》."""
    out = [f"《{m.group(1)}》" for m in re.finditer(r"《([^《》]{2,80})》", text)]
    for m in SPEAKER_RE.finditer(text):
        who = m.group("who")
        if who.endswith(("的", "中", "上", "后", "也", "还", "则", "就", "都", "会")) or who in NOT_SPEAKER:
            continue
        who = "习近平" if who in ("总书记", "习近平总书记") else who
        if who not in out:
            out.append(who)
    return out


def citation_function(text: str, cited: bool) -> tuple[str | None, str | None]:
    """The CiTO function the wording shows, and the cue that decided it."""
    if not cited:
        return None, None
    for pattern, function in (
        (DATA_RE, "citesAsDataSource"),
        (DISAGREE_RE, "disagreesWith"),
        (AUTHORITY_RE, "citesAsAuthority"),
    ):
        m = pattern.search(text)
        if m:
            return function, m.group(0)
    return "citesForInformation", None


class SpanIndex:
    """Items by span, to find those inside a stretch without scanning them all."""

    def __init__(self, items: list[tuple[tuple[int, int], str]]) -> None:
        self.items = sorted(items)
        self.starts = [span[0] for span, _ in self.items]

    def within(self, outer: tuple[int, int]) -> list[str]:
        i = bisect.bisect_left(self.starts, outer[0])
        out = []
        while i < len(self.items) and self.items[i][0][0] < outer[1]:
            span, value = self.items[i]
            if span[1] <= outer[1]:
                out.append(value)
            i += 1
        return out


def extract_claims(doc: Doc) -> Doc:
    assert doc.seg is not None
    rec: DocumentRecord = doc.record
    excluded = excluded_regions(doc)
    anchors = doc.notes.get("footnote_anchors", {})
    advice_until = -1
    cite_index = SpanIndex([(c.span, c.id) for c in rec.citations if c.span])
    stat_index = SpanIndex([(s.span, s.id) for s in rec.statistics])
    concept_index = SpanIndex([(sp, m.concept) for m in rec.concepts for sp in m.spans])
    for sent in doc.seg.sentences:
        if any(s <= sent.start < e for s, e in excluded):
            continue
        text = doc.text[sent.start : sent.end].strip()
        if len(re.findall(r"[\u4e00-\u9fff]", text)) < 4:
            continue
        para = doc.seg.paragraphs[sent.paragraph]
        heading = para.heading_level is not None
        if heading:
            advice_until = -1
        chain = _section_chain(doc, sent.start)
        strategy = any(STRATEGY_RE.search(t) for t in chain[:-1] if t) or (
            not heading and any(STRATEGY_RE.search(t) for t in chain[-1:])
        )
        if ADVICE_CONTEXT_RE.search(text):
            advice_until = para.end + 2000
        span = doc.span(sent.start, sent.end)
        citations = cite_index.within(span)
        stats = stat_index.within(span)
        sources = sorted({sid for pos, sid in anchors.items() if sent.start <= pos < sent.end}) if anchors else []
        kind = _kind(text, heading, strategy, sent.start <= advice_until, bool(citations or stats or sources))
        if kind is None:
            continue
        concepts = sorted(set(concept_index.within(span)))
        section = next(
            (s.id for s in reversed(rec.sections) if s.extent and s.extent[0] <= span[0] < s.extent[1]), None
        )
        function, cue = citation_function(text, bool(citations))
        rec.claims.append(
            Claim(
                id=doc.item_id("claim", sent.start, sent.end),
                kind=kind,
                text=text,
                span=span,
                section_id=section,
                citation_ids=citations,
                statistic_ids=stats,
                data_source_ids=sources,
                concepts=concepts,
                attributed_to=attributions(text),
                citation_function=function,
                function_cue=cue,
                hedged=bool(HEDGE_RE.search(text)),
            )
        )
    return doc


HEDGE_RE = re.compile(r"可能|或许|也许|一定程度上|在某种程度上|似乎|大概|有望|或将")
