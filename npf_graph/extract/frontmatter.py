"""Labelled front matter: abstract, keywords, funding, in Chinese and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from npf_graph.document import Doc
from npf_graph.extract.english_front_lines import passed_over
from npf_graph.extract.english_keywords import case_cuts, split_glued_english
from npf_graph.extract.frontpage import LINE_NUMBER_RE
from npf_graph.extract.identifiers import HEAD_CHARS
from npf_graph.extract.keyword_partition import partition_spaced
from npf_graph.extract.keyword_split import MIN_GLUED, cut_to_count, split_glued_keywords
from npf_graph.ingest.chars import is_cjk
from npf_graph.models import Funding

ABSTRACT_LABEL = r"(?:摘\s{0,2}要|提\s{0,2}要|内容提要)"
LABEL_RES = {
    "abstract": re.compile(rf"^\s*+[\[［【]?\s{{0,2}}{ABSTRACT_LABEL}\s{{0,2}}[\]］】]?\s{{0,2}}[:：]?\s*+"),
    "keywords": re.compile(r"^\s*+[\[［【]?\s{0,2}关\s{0,2}键\s{0,2}词\s{0,2}[\]］】]?\s{0,2}[:：]?\s*+"),
    "abstract_en": re.compile(r"^\s*+Abstract\s{0,3}[:：.]\s*+", re.I),
    "keywords_en": re.compile(r"^\s*+Key\s{0,2}-?\s{0,2}words?\s{0,3}[:：]\s*+", re.I),
}
FUNDING_RE = re.compile(
    r"基金项目|本文系|本文为|本文是|资助项目|项目编号|批准号|课题|Fund(?:ed|ing)|supported by", re.I
)
GRANT_RE = re.compile(
    r"(?:项目编号|批准号|编号|项目号|No\.)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9&\-]{3,20})"
    r"|[（(]\s*([0-9]{2}&?[A-Z]{2,5}[0-9]{2,6}|[0-9]{8}|[A-Z]{1,4}[0-9]{5,10})\s*[）)]"
)
KEYWORD_SPLIT = re.compile(r"\s*+[；;，,、]\s*+")


KEYWORD_LABEL = r"关\s{0,2}[键健]\s{0,2}[词字]"  # '关键词', '关 键 词', '关键字', misprinted '关健词'
LINE_START = r"^[ \t#*]*+(?:\d{1,4}[ \t]+)?"  # '26 Key words: …': a manuscript's line number first
KEYWORD_LINE_RES = {
    "keywords": re.compile(
        # '{关键词】…', '(关键词】…', '1关键词：…' (a manuscript's line number glued on)
        # '键词：…': the label's first character lost, its colon kept
        rf"{LINE_START}(?:\d{{1,4}})?[\[［【{{(（]?\s{{0,2}}(?:{KEYWORD_LABEL}|键\s{{0,2}}词(?=\s{{0,2}}[:：]))"
        r"\s{0,2}[\]］】]?\s{0,2}[:：]?[ \t]*+",
        re.M,
    ),
    "keywords_en": re.compile(  # '…网架结构【Keywords】:Revit；…': a bracketed label also inside a line
        rf"(?:{LINE_START}[\[［【]?\s{{0,2}}|【\s{{0,2}})"
        # the label's s, not the capital of a first keyword glued on ('KeywordStem cell')
        r"Key\s{0,2}-?\s{0,2}word(?:(?-i:s)|(?-i:S(?![a-z])))?\s{0,2}[\]］】]?\s{0,2}[:：.]?[ \t]*+"
        # 'ey words: …', '(ey words: …', ':ey Words: …': its K lost or misread
        rf"|{LINE_START}[(（:：]?ey\s?-?\s?words?\s?[:：][ \t]*+"
        # 'Keywors: Cultivated land; …': one letter of 'words' lost, its colon kept
        rf"|{LINE_START}Key\s?-?\s?(?:ords?|w(?:rds?|ods?|ors))\s?[:：][ \t]*+"
        # '…potential biomarkers of the two. [Keywords] LC-MS; …': a bracketed label after the abstract's end
        r"|(?<=[.。])[ \t]*[\[［]Key\s?-?\s?words?[\]］]\s?[:：]?[ \t]*+"
        # '…the vector field better. Key words: line integral convolution; …': at the abstract's end
        r"|(?<=[.。])[ \t]*Ke[yv]\s?-?\s?words?\s?[:：][ \t]*+"  # 'Kev words:': y read as v
        # '…to such disasters. Keywordssudden man-made disaster,…': the label glued to the first keyword
        r"|(?<=[.。])[ \t]*Key\s?words(?=[A-Za-z][A-Za-z\-]{0,19}[ ,;，；])"  # not in text that lost its spaces
        r"|(?<=[.。])[ \t]*Key\s?words[ \t]+(?=[^\n;；]+[;；][^\n;；]+[;；])"  # no colon, a list after it
        r"|(?<=[.。])[ \t]*Key\s?words[ \t]+(?=[^\n.,，]+[,，][^\n.,，]+[,，][^\n.]*\.?$)",  # by commas, to the end
        re.I | re.M,
    ),
}
# '…重要参考。关键词语言包装策略，旅游商品，…': the label run on after the abstract's last sentence, before
# a list (two separators within the line); looked for in the paper's front (HEAD_CHARS) where no line opens with it
INLINE_KEYWORDS_RE = re.compile(
    rf"(?<=[。！？!?])[ \t]*{KEYWORD_LABEL}\s?[:：]?[ \t]*+"
    r"(?=[^\n，,；;、]{1,30}[，,；;、][^\n，,；;、]{1,30}[，,；;、])"
    # '…学术氛围。关键词：咨政报告质量个案': with its colon, a short rest of the line, separated or not
    rf"|(?<=[。！？!?])[ \t]*{KEYWORD_LABEL}\s?[:：][ \t]*+(?=[^\n。]{{2,40}}$)",
    re.M,
)
KEYWORD_STOP_RE = re.compile(
    r"[\[［]?\s?(?:中[图国]法?|中国图书(?:馆|资料)?|中文|图书|学科)?分类号|DOI|doi\s*[:：]|文献标识码|文章编号|【|基金(?:项目|资助)?\s*[:：]|作者简介|Abstract|CLC"
    r"|(?:中文|英文|本文)?引用格式"
    r"|Document\s+code|\*\*|First[-\s]?authors?|Corresponding\s+authors?|Authors?[’'`]?\s?s?\s+address"
    # '…；组内信度通讯作者：朱海腾', '…障碍作者：陈飞虎', '…行为模拟声明：本文…': an author's note run on
    r"|通[讯信]作者|作者\s*[:：]|声明\s*[:：]"
    r"|OCIS\s*c[o0]des?"  # '…; mixing frequency modulation OCIS codes 260.3160; …': optics' subject codes
    # '…；开放式科学引言', '…; script file0引言': the first heading run on
    r"|(?<=[\u4e00-\u9fffA-Za-z])(?:[0１1一]\s*[、.．]?\s*)?[引前]\s?言\s*$"
    # '…自闭症[心理学通讯，2018,1(3): 216-222…]', '…guideline MedJPUMCH，2019,10(1）:0-0': the paper's own citation
    r"|(?:[\[［][^\[\]［］;；\n]{2,60}?|\s+[^\s\[［;；]{2,40}?)\s*[,，]\s*(?:19|20)\d\d\s*[,，]\s*\d+\s*[(（]\s*\d+\s*[)）]"
    r"|\s+[?？]\s*$"  # '…soil physicalchemical properties ?': a character the conversion lost
)


ENGLISH_RUN_ON_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+[A-Z][a-z]+(?:\s+[a-z]+){3}")  # a sentence, no keyword


def split_keywords(text: str) -> list[str]:
    words = [w.strip(" 。.") for w in KEYWORD_SPLIT.split(text.strip())]
    return [w for w in words if w and len(w) <= 80]


CONTINUATION_STOP_RE = re.compile(
    r"^\s*+(?:#|摘\s{0,2}要|Abstract|(?:中图)?分类号|DOI|基金|作者|\[|【|\d+\s*+[.、])", re.I
)


def _following_lines(text: str, start: int) -> Iterator[str]:
    """The lines after the one holding `start`, up to a blank line; where that line is numbered as a
    manuscript numbers its lines ('8 关键词：…' / '10 牛', '4摘要：…' / '5 稳定性好…'), without the numbers."""
    numbered = LINE_NUMBER_RE.match(text[text.rfind("\n", 0, start) + 1 : start])
    end = text.find("\n", start)
    while end >= 0:
        nxt_end = text.find("\n", end + 1)
        nxt = text[end + 1 : len(text) if nxt_end < 0 else nxt_end]
        nxt = LINE_NUMBER_RE.sub("", nxt, count=1) if numbered else nxt
        if not nxt.strip():
            return
        yield nxt
        end = nxt_end


def _wrapped_line(text: str, start: int) -> str:
    """The line from `start`, with the lines a PDF wrapped it onto (no blank line, no new label between)."""
    end = text.find("\n", start)
    body = text[start : len(text) if end < 0 else end]
    for nxt in islice(_following_lines(text, start), 3):
        if CONTINUATION_STOP_RE.match(nxt) or "。" in nxt or len(nxt) > 200:
            break
        body = f"{body} {nxt}"
    return body


ABSTRACT_LINE_RE = re.compile(
    r"(?:(?:^|(?<=[\d\s#*，。）)])|(?<=\.com)|(?<=\.cn)|(?<=\.net)|(?<=\.org))(?:[\[［【]\s{0,2})?"  # '…@qq.com摘要：'
    r"|(?<=[A-Za-z.])[\[［【]\s{0,2}(?=(?:摘\s{0,2}要|提\s{0,2}要)\s{0,2}[\]］】]))"  # '…sina.com[摘要]垂体腺瘤…'
    rf"{ABSTRACT_LABEL}"
    r"\s{0,2}[\]］】]?\s{0,2}[:：]?[ \t]*+(?=\S)",
    re.M,
)


MAX_WRAPPED_LINES = 40  # a manuscript's lines are short: an abstract may wrap onto thirty
PARAGRAPH_GAP_RE = re.compile(r"[ \t]*\n[ \t]*\n\s*([^\n]+)")  # a blank line, then the next paragraph
PARAGRAPH_STOP_RE = re.compile(r"^[ \t*]*(?:基金|作者简介|收稿|DOI|doi)")  # a note under the abstract's paragraph


def _abstract_line(text: str) -> str | None:
    """The abstract where its label sits inside a line ('…广州510513摘要：目的…') or lacks a colon, with
    the lines its paragraph wraps onto."""
    m = ABSTRACT_LINE_RE.search(text, 0, len(text) // 2)
    if not m:
        return None
    end = text.find("\n", m.end())
    lines = [text[m.end() : len(text) if end < 0 else end].strip()]
    for nxt in islice(_following_lines(text, m.end()), MAX_WRAPPED_LINES - 1):  # '5 摘要：…' / '6 稳定性好…'
        if BLOCK_STOP_RE.match(nxt) or PARAGRAPH_STOP_RE.match(nxt):
            break
        lines.append(nxt.strip())
    body = "\n".join(lines)
    last = text.find(lines[-1], m.end()) if lines[-1] else -1  # not found where line numbers were dropped
    if last >= 0 and (gap := PARAGRAPH_GAP_RE.match(text, last + len(lines[-1]))):
        body = _over_page_break(body, gap.group(1))  # the paragraph the page broke it into
    return body if len(body) >= 20 else None


# '# 摘要：' or 'Abstract:' alone on its line, the abstract in the paragraphs under it ('[目的]…', '[方法]…')
LABEL_ALONE_RES = {
    "abstract": re.compile(
        rf"^[ \t#*]*[\[［【]?\s{{0,2}}{ABSTRACT_LABEL}\s{{0,2}}[\]］】]?\s{{0,2}}[:：]?[ \t*]*$", re.M
    ),
    "abstract_en": re.compile(r"^[ \t#*]*Abstract\s{0,3}[:：.]?[ \t*]*$", re.M | re.I),
}
BLOCK_STOP_RE = re.compile(
    rf"^[ \t*]*(?:#|[\[［【{{]?\s{{0,2}}(?:{KEYWORD_LABEL}|Key\s?-?\s?words?|摘\s{{0,2}}要|Abstract|(?:中图)?分类号))",
    re.I,
)
MAX_BLOCK_LINES = 12


def _block_under_label(text: str, field_name: str) -> str | None:
    """The abstract under its label alone on a line, in the first half of `text`: the lines under it up
    to the next label or heading."""
    m = LABEL_ALONE_RES[field_name].search(text, 0, len(text) // 2)
    if not m:
        return None
    lines: list[str] = []
    for line in re.finditer(r"[^\n]+", text[m.end() : m.end() + 20000]):
        if BLOCK_STOP_RE.match(line.group()) or len(lines) == MAX_BLOCK_LINES:
            break
        if field_name == "abstract_en" and not lines and _byline_or_unit(line.group().strip()):
            continue  # '# Abstract' / 'YANG Qun1 ZHANG Jijia²' / '(Center for …,China)': the byline moved under it
        if line.group().strip():
            lines.append(line.group().strip())
    body = "\n".join(lines)
    return body if len(body) >= 20 else None


PAGE_BREAK_REST_RE = re.compile(r"[\u4e00-\u9fff（(“][^\n]{40,}[。.]$")  # '（PRISMA）以及…提供参考。'


def _over_page_break(body: str, nxt: str) -> str:
    """The abstract `body` with the next paragraph where a page broke it mid-sentence: `body` ends in a
    Chinese character, the next paragraph is no label or heading and ends the sentence."""
    nxt = nxt.strip()
    if not is_cjk(body[-1:]) or CONTINUATION_STOP_RE.match(nxt) or BLOCK_STOP_RE.match(nxt):
        return body
    if re.search(rf"{KEYWORD_LABEL}\s*[:：]", body):
        return body  # '…应用价值。关键词：温水浴;…母婴影响': the keywords end the paragraph, the body follows
    return f"{body}{nxt}" if PAGE_BREAK_REST_RE.fullmatch(nxt) else body


def _byline_or_unit(line: str) -> bool:
    """Names or a unit over the English title's abstract, not the abstract's own '[Objective] …'."""
    return not line.startswith(("[", "［", "【")) and passed_over(line)


def _before_chinese(text: str) -> str:
    """English keywords end where Chinese text begins (the next line or the body run on)."""
    return re.split(r"[\u4e00-\u9fff]", text, maxsplit=1)[0]


def _keyword_line(text: str, field_name: str, chinese: list[str] | None = None) -> list[str]:
    """Keywords from the labelled line as converted (its spaces still there): '关键词：智库 决策产品 …';
    English ones cut as many as the `chinese` keywords where the line lost its separators."""
    m = KEYWORD_LINE_RES[field_name].search(text)
    if not m and field_name == "keywords":
        m = INLINE_KEYWORDS_RE.search(text, 0, HEAD_CHARS)
    if not m:
        return []
    body = line = _wrapped_line(text, m.end())  # as long as the lines it joins
    stop = KEYWORD_STOP_RE.search(body)
    if stop:
        body = body[: stop.start()]
    if field_name == "keywords_en":
        body = _before_chinese(body)
    elif run_on := ENGLISH_RUN_ON_RE.search(body):
        body = body[: run_on.start()]  # '…；问卷调查 Investigation on the level of…': the English title run on
    body = body.strip(" \t*。.；;")
    if field_name == "keywords_en":
        parts = KEYWORD_SPLIT.split(body) if KEYWORD_SPLIT.search(body) else re.split(r"\s{2,}", body)
        # a line too long for one keyword is cut at its case changes before it is judged
        words = [p for p in (x.strip(" 。.") for x in parts) if p]
        if chinese and len(words) < len(chinese):  # 'quadruple therapy: gastrointestinal microecology'
            # 'bivalve mollusks: nutritional requirements: …', 'Time calibration method. Calibration system…'
            for apart in (r"\s*[:：]\s+", r"\s*[.．]\s*(?=[A-Z])"):
                cut = [w.strip(" 。.") for x in words for w in re.split(apart, x) if w.strip(" 。.")]
                words = cut if len(cut) == len(chinese) else words
        if len(words) == 1:  # no separator: the paper without the line tells the words glued in it
            rest = text[: m.start()] + text[m.end() + len(line) :]
            chinese = chinese or []
            words = partition_spaced(split_glued_english(words, len(chinese), rest), chinese, rest)
        return [w for w in words if len(w) <= 80]
    count: int | None = None  # the English line's keywords, where separators part them
    if not KEYWORD_SPLIT.search(body):  # separated by spaces only: Chinese words by any space
        # or by colons or middle dots, two or more ('宫颈上皮内瘤变：人乳头状瘤病毒：保妇康栓', '耳蜗植入·遗传性耳聋')
        apart = r"[\s：·]" if max(body.count("："), body.count("·")) >= 2 else r"\s"
        words = [p for p in (x.strip() for x in re.split(apart, body)) if p and len(p) <= 80]
    else:
        # '轨迹模式：轨迹聚类；MDL原则；…': a colon between Chinese words of a line that kept its separators
        words = [w for x in split_keywords(body) for w in re.split(r"(?<=[\u4e00-\u9fff])：(?=[\u4e00-\u9fff])", x)]
        count = _english_count(text)
        if len(words) >= 2 and count is not None and len(words) >= count:
            return words  # '…；竞争性自适应重加权算法' over as many English ones: a long keyword, not several glued
    cut = split_glued_keywords(words, text, body)
    if len(words) >= 2 and count is not None and len(cut) > count:
        return words  # '…；三维地理信息可视化' over one English keyword more: cut, it would make more than that
    english = _english_keywords(text) if not KEYWORD_SPLIT.search(body) else []  # a line that kept them counts
    if len(cut) < len(english) and any(_glued_run(w) for w in words):
        return cut_to_count(words, text, body, english) or cut  # as many as the English line holds
    return cut


def _glued_run(word: str) -> bool:
    """Chinese characters only, longer than nearly every keyword (MIN_GLUED): separators lost inside."""
    return len(word) >= MIN_GLUED and all(map(is_cjk, word))


def _english_count(text: str) -> int | None:
    """How many English keywords the labelled line holds, where separators part them; None where none do."""
    body = _english_line(text)
    return len(split_keywords(body)) if KEYWORD_SPLIT.search(body) else None


def _english_keywords(text: str) -> list[str]:
    """The English keywords of the labelled line, parted by separators or, where it has none, by their case."""
    body = _english_line(text)
    return split_keywords(body) if KEYWORD_SPLIT.search(body) else case_cuts(body)


def _english_line(text: str) -> str:
    """The English keyword line after its label, up to any Chinese run on, without its edge marks; '' if none."""
    m = KEYWORD_LINE_RES["keywords_en"].search(text)
    return _before_chinese(_wrapped_line(text, m.end())).strip(" \t*。.；;") if m else ""


def extract_frontmatter(doc: Doc) -> Doc:
    rec = doc.record
    rec.keywords = _keyword_line(doc.source.readable.text, "keywords")
    rec.keywords_en = _keyword_line(doc.source.readable.text, "keywords_en", rec.keywords)
    rec.abstract = _block_under_label(doc.source.readable.text, "abstract") or _abstract_line(doc.source.readable.text)
    rec.abstract_en = _block_under_label(doc.source.readable.text, "abstract_en")
    paras = doc.paragraphs()
    for k, (start, end, para) in enumerate(paras):
        for field_name, pattern in LABEL_RES.items():
            m = pattern.match(para)
            if not m or getattr(rec, field_name):
                continue
            body = para[m.end() :].strip()
            if not body:
                continue
            if field_name == "keywords_en":  # 'Keywords: …criteria科技进步推动…': the body joined on
                setattr(rec, field_name, split_keywords(_before_chinese(body)))
            elif field_name == "keywords":
                setattr(rec, field_name, split_keywords(body))
            else:
                setattr(rec, field_name, _over_page_break(body, paras[k + 1][2] if k + 1 < len(paras) else ""))
            break
        if FUNDING_RE.search(para) and len(para) < 400 and _is_funding(para):
            grants = [a or b for a, b in GRANT_RE.findall(para)]
            offset = len(para) - len(para.lstrip())
            span = doc.span(start + offset, end)
            if grants:
                for g in grants:
                    rec.funding.append(Funding(text=para.strip(), grant_id=g, span=span))
            else:
                rec.funding.append(Funding(text=para.strip(), grant_id=None, span=span))
    return doc


def _is_funding(para: str) -> bool:
    return bool(re.search(r"基金|资助|项目|课题|Fund|Grant", para, re.I)) and bool(
        re.search(r"成果|资助|支持|基金项目|项目编号|批准号|supported|funded", para, re.I)
    )
