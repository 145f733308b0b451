"""Title, venue, year, issue and document type from the head of a document and its furniture."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from npf_graph.document import Doc
from npf_graph.extract.english_title import english_title, english_title_line
from npf_graph.extract.frontpage import FRONT_LABEL_RE, JOURNAL_CITATION_RE, TEX_MARK_RE, head_lines, title_line
from npf_graph.extract.name_runs import INSTITUTION_RE
from npf_graph.extract.numbers import zh_int
from npf_graph.extract.people import byline_names, is_english_byline
from npf_graph.extract.refheadings import HEADING_RE
from npf_graph.extract.tex_text import math_as_text
from npf_graph.extract.title_lines import CASE_END
from npf_graph.ingest.chars import cjk_count
from npf_graph.models import Warning

CITED_AS_RE = re.compile(r"\[(?:J|M|C|D|N|R)\]\s*[.．,，]")
MARKS_RE = re.compile(r"(?:\^\{[^}]*\}|\\?[*＊]+|\\|[①②③④⑤]|\[\d+\]|(?<=[\u4e00-\u9fff])[‘'](?!.*[’']))+\s*$")
RUNNING_PREFIX_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:等)?\s*[:：]\s*")
ISSUE_RE = re.compile(
    r"((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*期"
)
VOLUME_RE = re.compile(r"第\s*(\d{1,3})\s*卷")
WP_NUMBER_RE = re.compile(r"^[A-Z]{2,}[A-Z]*((?:19|20)\d{2})\d{2,4}$")
WORKING_PAPER_RE = re.compile(r"工作论文|Working\s+Paper|讨论稿|Discussion\s+Paper", re.I)
NEWS_RE = re.compile(r"^[^。\n]{0,30}(?:网|社|报)讯|记者|来源[:：]|责任编辑[:：]", re.I | re.M)
THINK_TANK_RE = re.compile(r"智库|专家视角|评论|观点")
HEAD_LABEL_RE = re.compile(r"工作论文|论文系列|Working|Series|专家视角|智库报告|目录|Contents", re.I)
FULL_YEAR_FIGURE_RE = re.compile(r"((?:19|20)\d{2})\s*年[,，]?[^。；;\n]{0,30}?(?:达|为|约|增长|下降|占|超过)\s*\d")
ANY_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")


def zh_number(text: str) -> int | None:
    """'2024' -> 2024, '二〇二四' -> 2024, '十二' -> 12."""
    return int(text) if text.isdigit() else zh_int(text)


# '1 硫胺素…', '1 Toll样受体…', and the 1 read as a bracket, a slash or a comma ('[ 复合益生菌…', '，一体化…'):
# a manuscript's first line number, not a number the title counts with ('1 型糖尿病…')
FIRST_LINE_NUMBER_RE = re.compile(
    r"^(?:1[ \t]+(?=[\u4e00-\u9fff]|[A-Z][a-z]+[\u4e00-\u9fff])(?![种个项例型号次年月周日天岁分元位株只篇条])"
    r"|[\[［/／|丨][ \t]+(?=[\u4e00-\u9fff])|[，,、](?=[\u4e00-\u9fff]))"
)


def _strip_marks(text: str) -> str:
    """A title line without its markdown '#' and note marks (a long paragraph is no title)."""
    text = re.sub(r"^(?:\\?[*＊]|[·•]\s*)+", "", text.strip().lstrip("#").strip()).strip()
    text = re.sub(r"^[?？]\s*(?=[\u4e00-\u9fff])", "", text)  # '?美国防务智库…': a character the font lacked
    text = re.sub(r"^窗体顶端|窗体底端$", "", text).strip()  # Word's form markers ('Top of Form') left in
    if len(text) > 300:
        return text
    text = re.sub(r"(?<=[\u4e00-\u9fff])\\\*(?=[\u4e00-\u9fff])", "", text)  # '灾难后的\*心理危机': a note mark
    text = re.sub(r"(?<=[\u4e00-\u9fff]{8})\s+(?:[A-Za-z]|[\u4e00-\u9fff])$", "", text)  # '…特征 C': a stray mark
    # '…为例 \~s', '…进展\~': a mark read as TeX
    text = re.sub(r"(?<=[\u4e00-\u9fff]{8})\s*\\?[~^][A-Za-z]?$", "", text)
    text = FIRST_LINE_NUMBER_RE.sub("", text)
    text = re.sub(rf"(?<=[\u4e00-\u9fff])\s*{TEX_MARK_RE.pattern}$", "", text)  # '…若干建议 $^ 1$': a note's mark
    text = re.sub(r"(?<=\d)\\~(?=\d)", "~", text)  # '2010\~2020': Markdown's escape of a range's tilde
    # '…的影响： 以南海北部陆坡地区为例 Impacts of fast sedimentation…': the English title run on after it
    text = re.sub(r"(?<=[\u4e00-\u9fff）)》”])\s+[A-Z][a-z]+(?:[\s,:;'\-]+[A-Za-z]+){3,}.*$", "", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{6})(?<![第之版期卷号])[1-9]$", "", text)  # '…理论解释1': a note's number
    if "[" not in text and "【" not in text:
        text = re.sub(r"(?<=[\u4e00-\u9fff])\s*[\]】]$", "", text)  # '…方法研究]': a bracket with no opening one
    return MARKS_RE.sub("", text).strip()


def _running_title(doc: Doc) -> str | None:
    assert doc.clean is not None
    heads = Counter(f.text for f in doc.clean.furniture if f.kind == "running_head")
    if not heads:
        return None
    head, _ = heads.most_common(1)[0]
    if CITED_AS_RE.search(head) or JOURNAL_CITATION_RE.search(head):
        return None  # '顾立平．题名[J].刊名,2013,1(151):47-55.': the paper's own citation, not its title
    running = RUNNING_PREFIX_RE.sub("", re.sub(r"\s+", "", head))
    return None if not running or JUNK_HEAD_RE.search(running) else running  # a masthead is no title


def _is_cjk_line(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


JUNK_HEAD_RE = re.compile(
    r"^(?:DOI|doi|ISSN|CN\s*\d|第\s*\d+\s*卷|Vol\.|收稿|网络出版|引用格式|(?:专题|栏目)(?:\s*[:：]|\S{0,6}$)|!\[)|[:：]\s*$|www\.|https?://"
    r"|出版日期|收稿日期|通讯作者|资助项目|基金项目|^[\u4e00-\u9fff]{2,10}[·•・]$"  # '·指南与共识·': a column
    r"|日期\s*[:：]\s*\d{4}"  # '修改稿收到日期：2017年9月30日': any dated note
    r"|^.{0,12}(?:学报|期刊|杂志)(?:\s*[（(][^()（）]{2,10}[)）])?$"  # a masthead: '管理学报', 'ChinaXiv合作期刊'
)


def _is_title(text: str) -> bool:
    candidate = _strip_marks(text)
    return (
        4 <= len(candidate) <= 120
        and _is_cjk_line(candidate)
        and not JUNK_HEAD_RE.search(candidate)
        and not UNIT_ADDRESS_RE.search(candidate)
    )


# '中国科学院科技战略咨询研究院北京100190': an affiliation with its postcode, no title
UNIT_ADDRESS_RE = re.compile(rf"(?:{INSTITUTION_RE.pattern}).{{0,12}}(?<!\d)\d{{6}}(?!\d)")


# '1.1肠道内诱发氧化应激的因素', '0 1.1丁酸梭菌的…': a numbered section, after the abstract or the keywords
# where the conversion lost the title
SECTION_RE = re.compile(r"(?:\d{1,3}\s+)?\d{1,2}(?:\.\d{1,2})*\s*[\u4e00-\u9fff]")


def _title_index(doc: Doc, paras: list[tuple[int, int, str]]) -> int | None:
    """Without a byline: the first heading that is no journal furniture, or a line over a simple byline."""
    for i, (_s, _e, para) in enumerate(paras[:6]):
        candidate = _strip_marks(para)
        if re.match(r"^#\s", para) and _is_cjk_line(candidate) and len(candidate) >= 6:
            after_abstract = any(FRONT_LABEL_RE.match(p[2]) for p in paras[:i])
            if not JUNK_HEAD_RE.search(candidate) and not (after_abstract and SECTION_RE.match(candidate)):
                return i
    for i, (_s, _e, para) in enumerate(paras[:15]):
        nxt = paras[i + 1][2] if i + 1 < len(paras) else ""
        candidate = _strip_marks(para)
        if 4 <= len(candidate) <= 60 and _is_cjk_line(candidate) and byline_names(nxt):
            return i
    return None


# two-character words that end titles, before a dash the conversion read as 一 or as a hyphen
TITLE_ENDS = (
    "研究|分析|效应|机制|路径|影响|探索|实践|思考|策略|对策|建议|问题|作用|比较|启示|方法|进展|综述|解读|述评|展望"
)
# '一' that opens a word ('一项眼动研究', '一带一路'), no dash read as 一
WORD_ONE = r"(?!带一路|流|体|个|种|项|些|般|次|致|起|线|代|直|定|切|样|再|场|是|步|批|方面|手|份|年|月|日)"
SUBTITLE_END = r"(?:的?实践(?:与|和)?探索|的(?:实践|经验|思考|启示|证据)|" + CASE_END + r")"
SUBTITLE_SPLIT_RE = re.compile(
    r"^(.{4,}?)(?:\s*(?:——|—|──|--|一(?=一[种个项类次场])|一一|－)\s*|(?<=[？！?!])\s*(?:-|一"
    + WORD_ONE
    + r")\s*|\s+(?:[一—]|(?<!\$[ \t])-(?=\s|.{6,}$)|(?<=[\u4e00-\u9fff]\s)-)\s*"  # not '$L$ -赖氨酸', a compound
    # a space where the dash was: '…影响 来自ERP的证据', '…影响 基于知乎数据的研究', '…治疗 附68例报告'
    r"|\s+(?=(?:以|基于).{2,30}为例$|来自.{2,30}的证据$|基于.{2,30}的(?:研究|分析)$|附\s?\d{1,5}\s?例[\u4e00-\u9fff]{0,6}$)"
    r"|(?<![统唯第单同之万])[一\-－](?=以.{2,30}" + CASE_END + r"$|基于.{2,40}$)"
    # dash lost: '…风险评估以深圳市茅洲河流域为例', '…路径研究以公共权力为视角', '…趋同研究基于扩展的…模型'
    r"|(?<=[\u4e00-\u9fff]{8})(?=以[^以]{2,30}" + CASE_END + r"$)|(?<=研究|分析)(?=基于.{4,40}$)"
    r"|(?<=[\u4e00-\u9fff]{8})(?=基于[^基]{2,30}(?:视角|角度|视域|视野)$)"  # '…链接功能基于政智良性互动视角'
    r"|(?<=[\u4e00-\u9fff]{6})(?=兼[论谈析评议].{3,40}$)"  # '…对比分析兼论…': a dash lost before 兼论
    # a dash read as 一 before a subtitle that closes as subtitles do: '…科技智库一广东省科学院…的实践探索'
    r"|(?<=[\u4e00-\u9fff]{8})(?<![统唯第单同之万])一" + WORD_ONE + r"(?=[^一]{4,40}" + SUBTITLE_END + r"$)"
    # a dash read as 一 after a word that ends titles; a hyphen there too, but not in '技术-经济', '模式-'
    rf"|(?<={TITLE_ENDS}|模型|方式)-(?=[^-]{{4,}}$)|(?<={TITLE_ENDS}|模式|技术)一" + WORD_ONE + r")(.{2,})$"
)


def _split_subtitle(title: str) -> tuple[str, str | None]:
    """'主标题——副标题' -> ('主标题', '副标题')."""
    m = SUBTITLE_SPLIT_RE.match(title)
    if m and not re.search(r"\d$", m.group(1)):
        return m.group(1).strip().rstrip("：:").strip(), m.group(2).strip("—- ")
    return title, None


# the English title's subtitle: 'Correlator -The Design of…', 'achievement: An application of…'
EN_SUBTITLE_RE = re.compile(r"[A-Za-z]\s?:\s+[A-Za-z]|\s[-–—]{1,2}\s*[A-Z]")
# a hyphen after a Chinese word before a Latin one, where a dash was read as a hyphen ('…研究-X-engine模块…');
# not between two Chinese words ('生态-经济效率', '厘米-分米波'), a compound
ZH_PART_RE = re.compile(r"(?<=[\u4e00-\u9fff])-(?=[A-Za-z])")


def _subtitle_by_english(title: str, title_en: str | None) -> tuple[str, str | None]:
    """'基于ROACH2-GPU的集群相关器研究-X-engine模块的设计与实现' under '…Correlator -The Design and
    Implementation of an X-engine Module': the subtitle's dash read as a hyphen at the one place where the
    title parts so, the English title parting too."""
    cuts = list(ZH_PART_RE.finditer(title))
    if not title_en or not EN_SUBTITLE_RE.search(title_en) or len(cuts) != 1 or re.search(r"[:：]", title):
        return title, None
    head, tail = title[: cuts[0].start()], title[cuts[0].end() :]
    return (head, tail) if cjk_count(head) >= 6 and cjk_count(tail) >= 4 else (title, None)


def extract_metadata(doc: Doc) -> Doc:
    rec = doc.record
    paras = doc.paragraphs()[:40]
    over_byline = title_line(doc, _is_title)
    if over_byline:
        title_idx = next((i for i, p in enumerate(paras) if _strip_marks(over_byline) in p[2]), None)
        title = _strip_marks(over_byline)
    else:
        title_idx = _title_index(doc, paras)
        title = _strip_marks(paras[title_idx][2]) if title_idx is not None else None
    running = _running_title(doc)
    if running and (title is None or title in running) and len(running) >= 6:
        title = running
    if title:
        title, rec.subtitle = _split_subtitle(title)
        if rec.subtitle is None and title_idx is not None and title_idx + 1 < len(paras):
            nxt = _strip_marks(paras[title_idx + 1][2])
            if re.match(r"^(?:——|—|──)", nxt) and len(nxt) < 80:
                rec.subtitle = nxt.strip("—─ ")
    rec.title = title
    if rec.subtitle is None and isinstance(doc.notes.get("subtitle"), str):
        rec.subtitle = str(doc.notes["subtitle"])
    if rec.subtitle:
        rec.subtitle = _strip_marks(rec.subtitle) or None  # '以河北省张北县为例①': a note's mark
    names = [a.name or "" for a in rec.authors]
    rec.title, rec.subtitle = (_without_byline(t, names) if t else t for t in (rec.title, rec.subtitle))
    rec.title_en = english_title(doc.source.readable.text)
    if rec.title_en is None and title_idx is not None and title_idx + 1 < len(paras):
        rec.title_en = _english_line(paras[title_idx + 1][2].strip().split("\n")[0])  # under the Chinese title
    if rec.title_en is None and over_byline:
        rec.title_en = _english_under(doc, over_byline)
    if rec.title and rec.subtitle is None:
        rec.title, rec.subtitle = _subtitle_by_english(rec.title, rec.title_en)
    _venue_and_issue(doc, paras, title_idx)
    titles = (rec.title, rec.subtitle, rec.title_en)  # '…群落 $\mathbf { C O } _ { 2 }$ 通量…': the text TeX prints
    rec.title, rec.subtitle, rec.title_en = (math_as_text(t) or None if t else None for t in titles)
    return doc


def _without_byline(line: str, names: list[str]) -> str:
    """'以“中国农村智库发展平台”为例刘晨’周晶²': a title's line with the byline run on after it, cut
    before the authors found there, when all of them follow in order with nothing but their marks."""
    if not names or not all(len(n) >= 2 and cjk_count(n) == len(n) for n in names):
        return line
    start = line.find(names[0], 4)
    rest = line[start:] if start > 0 else ""
    for name in names:
        at = rest.find(name)
        if at < 0 or re.search(r"[\u4e00-\u9fffA-Za-z]", rest[:at]):
            return line
        rest = rest[at + len(name) :]
    return line if re.search(r"[\u4e00-\u9fffA-Za-z]", rest) else line[:start].rstrip()


def _english_under(doc: Doc, title: str) -> str | None:
    """The English title on the front page's line under the Chinese `title`, where cleaning ran the two,
    and the byline under them, into one paragraph."""
    lines = head_lines(doc)
    k = next((i for i, line in enumerate(lines) if title in line.text), None)
    return _english_line(lines[k + 1].text.strip()) if k is not None and k + 1 < len(lines) else None


def _english_line(line: str) -> str | None:
    """`line` read as an English title, unless it is long as a paragraph or an English byline."""
    return english_title_line(line) if line and len(line) <= 400 and not is_english_byline(line) else None


def classify_document(doc: Doc) -> Doc:
    doc.record.doc_type = _doc_type(doc, doc.paragraphs()[:40])  # type: ignore[assignment]
    return doc


def _venue_and_issue(doc: Doc, paras: list[tuple[int, int, str]], title_idx: int | None) -> None:
    rec = doc.record
    assert doc.clean is not None
    masthead = "".join(re.sub(r"\s+", "", f.text) for f in doc.clean.furniture if f.kind == "masthead")
    masthead = re.sub(r"^\d+", "", masthead)
    m = ISSUE_RE.search(masthead)
    if m:
        venue = masthead[: m.start()]
        if 2 <= len(venue) <= 30 and _is_cjk_line(venue):
            rec.venue = venue
        rec.year = zh_number(m.group(1))
        issue = zh_number(m.group(2))
        rec.issue = str(issue) if issue else None
    head_text = "\n".join(p[2] for p in paras[: (title_idx or 0) + 3])
    if rec.year is None:
        m = ISSUE_RE.search(head_text)
        if m:
            rec.year, rec.issue = zh_number(m.group(1)), str(zh_number(m.group(2)))
    vm = VOLUME_RE.search(head_text)
    if vm:
        rec.volume = vm.group(1)
    if rec.venue is None and title_idx:
        for _s, _e, para in paras[:title_idx]:
            p = para.strip()
            if 2 <= len(p) <= 20 and re.fullmatch(r"[\u4e00-\u9fff]+", p) and not HEAD_LABEL_RE.search(p):
                rec.venue = p
                break
    if rec.year is None:
        for _s, _e, para in paras[:12]:
            wm = WP_NUMBER_RE.match(para.strip())
            if wm:
                rec.year = int(wm.group(1))
                break
    if rec.year is None:
        _estimate_year(doc)


def _estimate_year(doc: Doc) -> None:
    """No printed date: the latest year the text reports figures for (+1) or mentions."""
    now = date.today().year
    body = doc.text
    for start, _end, para in doc.paragraphs():
        if HEADING_RE.match(para):  # years in the reference list say nothing of this document's date
            body = doc.text[:start]
            break
    years = [int(y) for y in ANY_YEAR_RE.findall(body) if int(y) <= now]
    years += [int(y) + 1 for y in FULL_YEAR_FIGURE_RE.findall(body) if int(y) < now]
    if years:
        doc.record.year = max(years)
        doc.record.warnings.append(
            Warning(code="year_estimated", message=f"no printed date; year {max(years)} estimated from the text")
        )


def _doc_type(doc: Doc, paras: list[tuple[int, int, str]]) -> str:
    rec = doc.record
    head = "\n".join(p[2] for p in paras[:12])
    if WORKING_PAPER_RE.search(head):
        return "working_paper"
    if len(rec.parts) >= 2 or THINK_TANK_RE.search(head[:300]):
        return "think_tank_commentary"
    if NEWS_RE.search(head[:400]):
        return "news_article"
    if rec.abstract or rec.keywords or (rec.venue and rec.issue):
        return "journal_article"
    if len(doc.text) > 20000:
        return "report"
    return "other"
