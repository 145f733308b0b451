"""A title printed over two lines above the byline: one title wrapped at the page's width, a title over
its subtitle with no dash between (a colon or a question ends the title, the subtitle names a method,
both lines are too short to have wrapped, or the title ends as titles do over a line too long to be its
wrapped rest), or a title heading over a plain subtitle line."""

from __future__ import annotations

import re

from npf_graph.extract.name_marks import Name
from npf_graph.extract.name_runs import is_name
from npf_graph.ingest.chars import cjk_count

# the words a Chinese title most often ends with
TITLE_END_RE = re.compile(
    r"研究|分析|影响|规划|探讨|探析|综述|进展|应用|方法|模型|机制|路径|设计|实现|问题|对策|思考|评价|作用|效应"
    r"|关系|策略|体系|构建|启示|实践|展望|现状|特征|算法|系统|技术|建议|调查|比较|调控|评估|预测|检测|识别|优化"
    r"|利用|管理|治理|发展|建设|为例"
)


def plain_subtitle_under(upper: str, lower: str) -> bool:
    """A title heading over a plain line right above the byline: the plain line is its subtitle,
    unless the heading breaks off mid-phrase ('# …战略与') and the line goes on with it."""
    upper_text = upper.lstrip("# ").strip()
    return (
        upper.startswith("#")
        and not lower.startswith("#")
        and cjk_count(upper_text) >= 6
        and not re.search(r"[。！？!?，,：:的与和及对在、]$", upper_text)
        and 6 <= len(lower) <= 40
        and cjk_count(lower) >= 4
        and not re.search(r"[。；;]", lower)
    )


# a line that goes on with the phrase above it: no title or subtitle starts with a conjunction or 的
GOES_ON_RE = re.compile(r"^(?:以及|及(?!时)|与(?!时俱进)|和(?![谐平])|暨|的)")


def wrapped_title(upper: str, lower: str) -> bool:
    """'# 基于科研产出关联的大科学装置集群规划' over '# 布局分析方法研究': one title over two heading lines,
    the first filled to the width of the page, the second short; or the first broken off after a word
    no title ends with ('# 神经自然语言处理方法中的' over '# 子词切分(SubwordTokenization)方法综述'), or the
    second going on with a conjunction ('# 不同相关线索下海洛因成瘾者的反应差异' over '# 及反应抑制特征：…')."""
    upper_text, lower_text = upper.lstrip("# ").strip(), lower.lstrip("# ").strip()
    broken = re.search(r"[的与和及对在之]$", upper_text) or GOES_ON_RE.match(lower_text)  # '# 及反应抑制特征：…'
    if upper.startswith("#") and lower.startswith("#") and broken:
        return cjk_count(upper_text) >= 4 and 2 <= len(lower_text) <= 60
    return (
        upper.startswith("#")
        and lower.startswith("#")
        and len(upper_text) >= 14
        and 1 <= len(lower_text) <= 12
        and cjk_count(upper_text) >= 10
        and not re.search(r"[。！？!?：:]$", upper_text)
    )


def title_over_subtitle(upper: str, lower: str) -> str | None:
    """The title when two heading lines are a title and its subtitle, no dash printed:
    '# 仪式动作…增强控制感：' over '# 双路径机制' (the title ends in a colon), or
    '# 中国城镇居民信息消费的…分析' over '# 基于动态空间杜宾面板模型的实证研究' (a method subtitle)."""
    if not (upper.startswith("#") and lower.startswith("#")):
        return None
    upper_text, lower_text = upper.lstrip("# ").strip(), lower.lstrip("# ").strip()
    if GOES_ON_RE.match(lower_text):
        return None  # '# …成瘾者的反应差异' over '# 及反应抑制特征：…': one title wrapped
    if re.search(r"[：:]$", upper_text):
        fits = cjk_count(upper_text) >= 6 and 2 <= len(lower_text) <= 40
        return re.sub(r"\s*[：:]\s*$", "", upper) if fits else None
    if re.search(r"[？?]$", upper_text):  # '# 新员工工作重塑会带来积极的结果吗？' over '# 领导成员交换…的作用'
        return upper if cjk_count(upper_text) >= 6 and 4 <= len(lower_text) <= 40 else None
    fits = cjk_count(upper_text) >= 10 and not re.search(r"[。！？!?，,]$", upper_text)
    if fits and METHOD_SUBTITLE_RE.match(lower_text):
        return upper
    # '# 理想智库的建设' over '# 短板、路径与方法': a heading too short to have wrapped at the page's width,
    # and longer than a column's name ('# 转型与发展')
    short = len(upper_text) < 14 and cjk_count(upper_text) >= 6 and not re.search(r"[，,、的与和及对在之]$", upper_text)
    if short and 4 <= len(lower_text) <= 24 and cjk_count(lower_text) >= 4:
        return upper
    # '# 基于“可转债”的知识产权证券化模式设计' over '# 武汉知识产权交易所的实践探索与困惑': a title that ends as titles
    # do over a line too long to be the rest of it wrapped (that is short: '# …集群规划' over '# 布局分析方法研究')
    ended = cjk_count(upper_text) >= 10 and TITLE_END_RE.search(upper_text[-2:]) is not None
    return upper if ended and 13 <= len(lower_text) <= 30 and not re.search(r"[。；;]", lower_text) else None


METHOD_SUBTITLE_RE = re.compile(
    r"^(?:基于|对|从|关于|来自).{2,30}的(?:实证|经验|比较|案例|计量|调查|统计)?(?:研究|分析|探讨|考察|检验|证据)$"
    r"|^.{2,20}(?:视角|视野|框架|背景)下的.{0,10}(?:研究|分析|探讨|考察)$"  # '心理学视野下的实证研究'
    r"|^从.{2,20}到.{2,30}$"  # '从智囊、软科学到智库的理论与实践'
)
# the case or the angle a subtitle names: '以D市X教育智库为个案', '以公共权力为视角'
CASE_END = r"为(?:例|个案|案例|样本|视角|视域|切入点)"
SUBTITLE_RE = re.compile(
    r"^(?:——|—|－|--|─|[：:])|^(?:以|基于).{2,30}" + CASE_END + r"$|^基于.{2,30}(?:视角|角度|视野|框架)$"
    r"|^来自.{2,30}的(?:经验)?证据$|^兼[论谈析].{2,30}$"
    r"|^一(?!带一路|流|体|个|种|项|些|般|次|致|起|线|代|直|定|切|样|再|场|是).{3,40}$"  # 一 read for a dash
)


# '…方法研究]李守学1,²', '…方法研究李守学1,²': a first name with its marks glued to the title's end or a stray bracket
GLUED_FIRST_NAME_RE = re.compile(
    rf"(?:[\]】」]|{TITLE_END_RE.pattern})([\u4e00-\u9fff]{{2,3}})([\d¹²³⁴⁵⁶⁷⁸⁹][\d¹²³⁴⁵⁶⁷⁸⁹,，*\\]*)$"
)


def glued_first_name(head: str, end: int, after: int) -> list[Name]:
    """The first name, marked, glued to the title before the gap at `end` (its marks run to `after`); [] if none."""
    m = GLUED_FIRST_NAME_RE.search(head, 0, end)
    if m is None or not is_name(m.group(1)):
        return []
    return [Name(m.group(1), m.start(1), m.end(1), head[m.end(1) : after])]
