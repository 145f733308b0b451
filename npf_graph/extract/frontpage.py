"""The head of a journal's front page, read line by line as converted: byline, affiliations, title.

Cleaning joins short lines and moves lines that interrupt a sentence, which is
right for the body and wrong for the head, where every line is a field. So the
head is read on the readable text before cleaning: from the top to the first
labelled block (摘要, Abstract, 关键词). The byline is the first line there that
reads as names (`byline.parse_byline`), a citation line (``赵薇,梁赛.题名.刊名,2017``)
excepted; the lines under it hold the numbered affiliations, and the title is
the nearest line over it that is no journal furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from npf_graph.document import Doc
from npf_graph.extract.affiliations import POSTCODE_RE, affiliation_units, by_number, lettered_part, mark_numbers
from npf_graph.extract.byline import listed_names_before_unit, parse_byline
from npf_graph.extract.byline_units import units_above, units_below
from npf_graph.extract.cited_names import cited_names, with_cited_names
from npf_graph.extract.name_marks import LIST_MARKS, MARK_RE, Name
from npf_graph.extract.name_runs import INSTITUTION_RE, lone_name
from npf_graph.extract.surnames import surname_length
from npf_graph.extract.title_lines import (
    SUBTITLE_RE,
    TITLE_END_RE,
    glued_first_name,
    plain_subtitle_under,
    title_over_subtitle,
    wrapped_title,
)
from npf_graph.ingest.chars import cjk_count
from npf_graph.models import Author

CHINESE_LABELS = r"摘\s{0,2}要|提\s{0,2}要|关\s{0,2}键\s{0,2}词"
FRONT_LABEL_RE = re.compile(rf"^[\s#*]*+[\[［【]?\s{{0,2}}(?:{CHINESE_LABELS}|Abstract|Key\s{{0,2}}words)", re.I)
CHINESE_LABEL_RE = re.compile(rf"^[\s#*]*+[\[［【]?\s{{0,2}}(?:{CHINESE_LABELS})")
FRONT_LABEL_INSIDE_RE = re.compile(r"[\[［【]?(?:摘\s{0,2}要|Abstract|关\s{0,2}键\s{0,2}词)|【基金项目】|基金项目[:：]")
CITATION_LINE_RE = re.compile(r"^\s*+[.．]\s*+\S{8,}")
# a reference's year, volume (issue): pages ('2018,38（2)：606-614'): a line citing the paper itself
JOURNAL_CITATION_RE = re.compile(r"(?:19|20)\d\d\s*[,，]\s*\d{1,4}\s*[（(]\s*\d{1,3}\s*[)）]\s*[:：]\s*\d")
MAX_HEAD_LINES = 40


@dataclass(frozen=True)
class Line:
    start: int  # offset in the readable text
    text: str


def head_lines(doc: Doc) -> list[Line]:
    """Non-empty lines of the readable text, from the top to the first labelled block (read once
    per document: the authors stage and the title both use them)."""
    cached = doc.notes.get("head_lines")
    if isinstance(cached, list):
        return cached
    doc.notes["head_lines"] = out = _read_head(doc.source.readable.text)
    return out


def _read_head(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    while pos < len(text) and len(lines) < MAX_HEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines.append(Line(pos, text[pos:end]))
        pos = end + 1
    lines = _without_line_numbers(lines)
    out: list[Line] = []
    for line in lines:
        if FRONT_LABEL_RE.match(line.text):
            break
        out.append(line)
    if out and not any(cjk_count(line.text) >= 4 for line in out):  # the English block first, the Chinese under it
        return _head_after_labels(lines[len(out) :], chinese=True) or out
    return out or _head_after_labels(lines)


def _head_after_labels(lines: list[Line], chinese: bool = False) -> list[Line]:
    """'摘要：…', '关键词：…', then '# 题名' and its byline: a page that opens with its abstract has
    its head under the labelled blocks: the first heading there and the short lines after it. With
    `chinese`, under an English head and its abstract: the first heading in Chinese, when a Chinese label
    follows its short lines."""
    if not lines or not FRONT_LABEL_RE.match(lines[0].text):
        return []
    for k, line in enumerate(lines[1:12], 1):
        if line.text.lstrip().startswith("#") and (not chinese or cjk_count(line.text) >= 4):
            head = []
            for nxt in lines[k : k + 6 if chinese else k + 4]:
                if (
                    FRONT_LABEL_RE.match(nxt.text)
                    or (head and nxt.text.lstrip().startswith("#"))
                    or len(nxt.text) > 100
                    or "。" in nxt.text
                ):
                    break  # the body begins
                head.append(nxt)
            if chinese and not (k + len(head) < len(lines) and CHINESE_LABEL_RE.match(lines[k + len(head)].text)):
                return []
            return head
    return []


LINE_NUMBER_RE = re.compile(r"^[ \t]*(\d{1,4})(?:[ \t\u3000]+|(?=[\u4e00-\u9fff（(]))")


def _without_line_numbers(lines: list[Line]) -> list[Line]:
    """'1 宿主防御肽…', '2 王　鑫张萌萌…', '4摘要：…': a manuscript's line numbers, three or more of
    the first lines counting up from the top, are cut off the lines that carry them."""
    numbered = [(k, m) for k, line in enumerate(lines[:8]) if (m := LINE_NUMBER_RE.match(line.text))]
    steps = [int(b.group(1)) - int(a.group(1)) for (_i, a), (_j, b) in pairwise(numbered)]
    counting = next((k for k, d in enumerate(steps) if not 1 <= d <= 3), len(steps)) + 1  # '1 材料与方法' ends it
    if counting < 3 or numbered[0][0] > 2:
        return lines
    out, last = [], int(numbered[0][1].group(1)) - 1
    for line in lines:
        m = LINE_NUMBER_RE.match(line.text)
        if m and 1 <= int(m.group(1)) - last <= 3 and line.text[m.end() :].strip():
            last = int(m.group(1))
            line = Line(line.start + m.end(), line.text[m.end() :])
        out.append(line)
    return out


# '文/孙丽琳…', '作者：…', '# 本刊记者 吕青' (an interview's reporter), '\*\*文章执笔人：…' (a report's
# writers): a role before the names
BYLINE_PREFIX_RE = re.compile(
    r"^[\s#*\\]*(?:文\s*[/／]|作者\s*[:：]|(?:文章|报告)?执笔人?\s*[:：]"
    r"|(?:本刊|特约)?记者(?:\s*[:：]|[ \t\u3000]+)"
    # '202|2017年·第32卷·第2期郭书海…': the page's running head
    r"|\d{1,4}\s*[|｜丨]\s*(?:19|20)\d\d\s*年\s*[·•．.]?\s*第\s*\d{1,3}\s*卷\s*[·•．.]?\s*第\s*\d{1,3}\s*期)\s*"
)
CORRESPONDING_INSIDE_RE = re.compile(
    r"^[\s#*]*(?:[\u4e00-\u9fff]{2,4}[，,、 \t]+){0,8}[\u4e00-\u9fff]{2,4}(?P<label>[，,]?[ \t]*通[讯信]作者\s*[:：])"
)
COLUMN_TAG_RE = re.compile(r"^[\s#*]*[·•・]")  # '·医学人文·', '·元分析(Meta-Analysis):': a journal's column
NUMBERED_UNIT_RE = re.compile(r"^\s*[1-9¹²³⁴⁵⁶⁷⁸⁹]\s*[.．、]\s*[\u4e00-\u9fff]")
TITLE_TAIL_RE = re.compile(r"(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,4}[\d¹²³⁴⁵⁶⁷⁸⁹,，*\\]*){1,6}[ \t]*$")


def find_byline(lines: list[Line]) -> tuple[int, list[Name]] | None:
    """(index of the byline among `lines`, its names), or None. Names printed at the end of the
    title line ('# 我国社会智库资金筹集：渠道、影响因素和机制构建 李迅') count when no line is a byline."""
    for i, line in enumerate(lines):
        head = FRONT_LABEL_INSIDE_RE.split(line.text, maxsplit=1)[0]  # an abstract glued on after the names
        head = BYLINE_PREFIX_RE.sub(lambda m: " " * len(m.group()), head)  # '文/孙丽琳吴季…': blanked, offsets kept
        # '李皓辰，闫昱通讯作者：经玲，王燕飞': the corresponding author's label among the names, read as a comma
        if inner := CORRESPONDING_INSIDE_RE.match(head):
            head = head[: inner.start("label")] + "，" + " " * (len(inner.group("label")) - 1) + head[inner.end() :]
        if len(head) > 300 or NUMBERED_UNIT_RE.match(head) or COLUMN_TAG_RE.match(head):
            continue  # '2．乐达（广州）香味剂有限公司': a numbered affiliation; '·元分析(Meta-Analysis):' a column
        names = parse_byline(head)
        if names and _only_names_and_affiliation(head, names):
            return i, _title_word_kept(head, names)
        if after_gap := _names_after_gap(head):  # '面向…的学理反思 刘胜利1²，潘云涛1*，赵筱媛': a subtitle first
            return i, after_gap
        tail = TITLE_TAIL_RE.search(head)
        if tail and INSTITUTION_RE.search(head, 0, tail.start()):  # '上海第二工业大学… 宋海辉 吴小滔': after the unit
            names = parse_byline(tail.group())
            if len(names) >= 2 and len(names) == len(tail.group().split()):
                return i, [Name(n.text, tail.start() + n.start, tail.start() + n.end, n.marks) for n in names]
    for i, line in enumerate(lines[:5]):
        unit_next = i + 1 < len(lines) and bool(INSTITUTION_RE.search(lines[i + 1].text))
        if glued := _names_glued_to_title(line.text, unit_next):
            return i, glued
    for i, line in enumerate(lines[:6]):
        if len(line.text) > 300:
            continue
        m = TITLE_TAIL_RE.search(line.text)
        if m and line.text.lstrip().startswith("#") and cjk_count(line.text[: m.start()]) >= 6:
            names = parse_byline(m.group())
            if names and all(n.text.replace(" ", "") for n in names):
                return i, [Name(n.text, m.start() + n.start, m.start() + n.end, n.marks) for n in names]
    for i in range(1, min(4, len(lines))):  # '# 虎嵩林' alone under the title: a name no surname list knows
        m = LONE_NAME_RE.match(lines[i].text)
        unit_next = i + 1 < len(lines) and bool(UNIT_LINE_RE.match(lines[i + 1].text))
        if m and cjk_count(lines[i - 1].text) >= 6 and (lone_name(m.group(1)) or unit_next):
            return i, [Name(m.group(1), m.start(1), m.end(1), "")]  # '# 夏天' over '(中国人民大学…)' too
        if unit_next and (listed := listed_names_before_unit(lines[i].text + lines[i + 1].text.strip())):
            return i, listed  # '# 洗祥贵，尚振宏，袁梅宇，杨志鹏' over '（昆明理工大学…）'
    return None


UNIT_LINE_RE = re.compile(rf"^\s*[（(][^()（）]{{0,80}}(?:{INSTITUTION_RE.pattern})")


LONE_NAME_RE = re.compile(r"^[#*\s]*([\u4e00-\u9fff]{2,4})[\s*\\]*(?:[\d¹²³⁴⁵⁶⁷⁸⁹][\d¹²³⁴⁵⁶⁷⁸⁹.,，\s*\\]*)?$")


TEX_MARK_RE = re.compile(r"\$\s*\^\s*\{?\s*[\d*,\s]+\}?\s*\$\s*")  # a title's note mark in TeX: '$^ 1$ '
UNIT_AFTER_RE = re.compile(rf"[^（(]{{0,8}}[（(][^()（）]{{0,12}}(?:{INSTITUTION_RE.pattern})")


def _names_after_gap(head: str) -> list[Name]:
    """Two or more names after a space that follows six or more characters of other words."""
    for gap in re.finditer(r"[ \t\u3000]+", head):
        if cjk_count(head[: gap.start()]) < 6:
            continue
        tail = head[gap.end() :]
        names = parse_byline(tail)
        lead = bool(names) and (names[0].start == 0 or bool(TEX_MARK_RE.fullmatch(tail, 0, names[0].start)))
        # one name counts with its marks and its unit in brackets: '…若干建议 $^ 1$ 庞弘燊1，2（1深圳大学…'
        alone = len(names) == 1 and bool(mark_numbers(names[0].marks)) and bool(UNIT_AFTER_RE.match(tail, names[0].end))
        alone = alone and cjk_count(head[gap.start() - 1]) == 1  # after the title's words, not a name's marks
        if (len(names) >= 2 or alone) and lead and _only_names_and_affiliation(tail, names):
            found = [Name(n.text, gap.end() + n.start, gap.end() + n.end, n.marks) for n in names]
            return glued_first_name(head, gap.start(), gap.end()) + found
    return []


# a full stop the conversion set before the bracketed unit ('孔亚卓1，2。\*(中国科学院…') ends no sentence
SENTENCE_END_RE = re.compile(r"[。！？](?![\s\\*]*[（(])")


def _only_names_and_affiliation(line: str, names: list[Name]) -> bool:
    """What follows the names is marks, an affiliation or nothing: not a sentence, not a citation line."""
    rest = line[names[-1].end :]
    if SENTENCE_END_RE.search(line) or CITATION_LINE_RE.match(rest) or JOURNAL_CITATION_RE.search(line):
        return False
    return cjk_count(rest) <= 6 or bool(INSTITUTION_RE.search(rest))


def _title_word_kept(head: str, names: list[Name]) -> list[Name]:
    """'…检测方法的研究进展丽丽1,2 李明…': the title keeps the last character of a word that ends titles
    ('进展', not '展丽丽' for the first name) where the name keeps two."""
    first = names[0]
    if len(first.text) < 3 or cjk_count(head[: first.start]) < 6 or head[first.start + 1] != first.text[1]:
        return names
    word = TITLE_END_RE.search(head, first.start - 1, first.start + 1)
    if word is None or word.start() != first.start - 1:
        return names
    return [Name(first.text[1:], first.start + 1, first.end, first.marks), *names[1:]]


def _names_glued_to_title(text: str, unit_next: bool = False) -> list[Name]:
    """'饲粮…黏膜功能的影响李　雪1.2田长鑫²…（1.湖南农业大学…', '…系统的规划赵海升 李承奎…（中国科学院…':
    a title line the byline runs on from; cut where a word that ends titles meets the first name. One name
    alone ('…的作用及发展建议陈光义') counts when its unit follows it or is the next line (`unit_next`)."""
    if len(text) > 400 or UNIT_LINE_RE.match(text):
        return []  # '(1.新疆伊犁河流域开发建设管理局,…': a unit line, not a title with names
    postcode = POSTCODE_RE.search(text)  # '…北京1001903国家发展和改革委员会…': units, not a title, before it
    for m in TITLE_END_RE.finditer(text):
        if postcode and postcode.end() <= m.end():
            break
        if cjk_count(text[: m.end()]) < 8:
            continue
        rest = text[m.end() :]
        names = parse_byline(rest)
        lead = len(rest) - len(rest.lstrip())
        after = rest[names[0].end :] if names else ""
        alone = len(names) == 1 and len(names[0].text) <= 3
        alone = alone and ((unit_next and not after.strip()) or bool(INSTITUTION_RE.search(after, 0, 20)))
        enough = len(names) >= 2 or alone
        if enough and names[0].start == lead and _only_names_and_affiliation(rest, names):
            return [Name(n.text, m.end() + n.start, m.end() + n.end, n.marks) for n in names]
    return []


UNIT_BEFORE_NAMES_RE = re.compile(rf"(?:{INSTITUTION_RE.pattern})[\s,，]*$")  # a unit just before the names


def head_authors(doc: Doc) -> list[Author]:
    """Authors of the byline under the title, each with the affiliations its marks point to."""
    lines = head_lines(doc)
    found = find_byline(lines)
    if found is None:
        return []
    i, names = found
    line = lines[i]
    names = with_cited_names(line.text, names, cited_names([x.text for x in lines[:i]]))
    doc.notes["byline_line"] = i
    prefix = line.text[: names[0].start]
    placed = [(line, n) for n in names]
    if more := _byline_goes_on(lines, i, names):  # '万望辉1崔辰州²乔翠兰 樊东卫²' / '米琳莹²齐锐4 万昊宜² 徐刚5'
        i, names = i + 1, more
        placed += [(lines[i], n) for n in more]
    elif broken := _name_broken_over(lines, i, names):  # '…滕迪晴」4，朱' / '廷劭\*1，4'
        placed.append((lines[i], broken[0]))
        i, names = i + 1, [broken[1]]
    # an affiliation before the names; a heading holds one only where it ends in it ('# 首都师范大学文学院 莫伯峰')
    unit = INSTITUTION_RE.search(prefix) and not GLUED_SUBTITLE_RE.match(prefix.strip(" #*"))  # '以…大学…为例'
    unit = unit and (not prefix.lstrip().startswith("#") or UNIT_BEFORE_NAMES_RE.search(prefix))
    if cjk_count(prefix) >= 6 and not unit:  # the names close the title line
        doc.notes["byline_tail"] = placed[0][1].start
    units = units_below(lines, i, names[-1].end) or (by_number(affiliation_units(prefix.lstrip("# "))) if unit else {})
    units = units or units_above(lines, i)
    numbers = [mark_numbers(n.marks) for _line, n in placed]
    held = {k for ks in numbers for k in ks}
    # '刘培² 孙海龙' over units 1 to 3: the one name whose mark was lost takes the one unit no mark names; the
    # first name, whose unit is the first where it lost its mark ('王鹏 王晓田² 高娟‘…'), excepted
    free = [k for k in sorted(units) if k not in held and all(INSTITUTION_RE.search(u) for u in units[k])]
    lost = [k for k, ks in enumerate(numbers) if not ks]
    spare = free if len(free) == 1 and len(lost) == 1 and lost[0] > 0 else []
    readable = doc.source.readable
    authors = []
    lettered = units[1] if len(units) == 1 and len(units.get(1, [])) >= 2 else []  # '长安大学a.信息…,b.电子…'
    for (at, n), ks in zip(placed, numbers, strict=True):
        wanted = (ks or spare) if held else sorted(units)
        own = [unit for _k, unit in affiliation_units(n.marks)] if n.marks.startswith(("(", "（")) else []
        own = own or lettered_part(n.marks, lettered)
        authors.append(
            Author(
                id=f"author-{doc.record.id[:8]}-{n.text}",
                name=n.text,
                affiliations=own or [part for k in (wanted or [1]) for part in units.get(k, [])],
                span=readable.source_span(at.start + n.start, at.start + n.end),
            )
        )
    return authors


def _byline_goes_on(lines: list[Line], i: int, names: list[Name]) -> list[Name]:
    """The names on the line under the byline when the byline ends in a name and its marks and the
    next line holds only names (two or more, or marked) before marks, a unit or nothing; else []."""
    if i + 1 >= len(lines) or not LIST_TAIL_RE.fullmatch(lines[i].text, names[-1].end):
        return []
    text = lines[i + 1].text
    more = parse_byline(text)
    lead = len(text) - len(text.lstrip(" \t\u3000#*"))
    if not more or more[0].start != lead or not _only_names_and_affiliation(text, more):
        return []
    return more if len(more) >= 2 or mark_numbers(more[0].marks) else []


# the byline's last name broken after its surname: '…，朱' at a line's end, '廷劭\*1，4' alone on the next line
NAME_MARK = rf"{MARK_RE.pattern}|[{LIST_MARKS}\s]"
SURNAME_LEFT_RE = re.compile(rf"(?:{NAME_MARK})*[，,、]\s*([\u4e00-\u9fff])\s*")
GIVEN_NAME_LINE_RE = re.compile(rf"[\s#*]*([\u4e00-\u9fff]{{1,2}})((?:{NAME_MARK}|[,，、.])*)")


def _name_broken_over(lines: list[Line], i: int, names: list[Name]) -> tuple[Name, Name] | None:
    """The byline's last name broken over two lines, as placed on the first (its end past that line)
    and on the second; or None."""
    head = SURNAME_LEFT_RE.fullmatch(lines[i].text, names[-1].end) if i + 1 < len(lines) else None
    tail = GIVEN_NAME_LINE_RE.fullmatch(lines[i + 1].text) if head else None
    if not head or not tail or not surname_length(head.group(1)):
        return None
    name, marks, gap = head.group(1) + tail.group(1), tail.group(2), lines[i + 1].start - lines[i].start
    return Name(name, head.start(1), gap + tail.end(1), marks), Name(name, tail.start(1), tail.end(1), marks)


LIST_TAIL_RE = re.compile(rf"[{LIST_MARKS}\s,，、.]*")  # nothing after the last name but its marks ('1.2.3，')


def title_line(doc: Doc, is_title: object) -> str | None:
    """The nearest line over the byline that `is_title` accepts (images skipped), or None."""
    byline = doc.notes.get("byline_line")
    if not isinstance(byline, int) or not callable(is_title):
        return None
    lines = head_lines(doc)
    tail = doc.notes.get("byline_tail")
    if isinstance(tail, int):  # the names close the title line itself, or a subtitle line ('一“双一流”…的思考')
        head = lines[byline].text[:tail].strip()
        under_heading = byline > 0 and lines[byline - 1].text.lstrip().startswith("#") and not head.startswith("#")
        subtitle = re.match(r"^[一—－\-–─]", head) or GLUED_SUBTITLE_RE.match(head) or under_heading
        if not subtitle or byline == 0:  # on the first line, '基于…分析靳军宝1,2…' holds the title itself
            return head or None
        doc.notes["subtitle"] = head.lstrip("一—－-–─ ").strip()  # '以环境微生物为指标杨海乐¹，…'
    for k in range(byline - 1, max(-1, byline - 4), -1):
        text = lines[k].text.strip()
        if text.startswith("![") or BIO_LINE_RE.search(text) or len(text.strip("#* ")) <= 1:
            continue  # an image; '沙尧女 1990年生，硕士研究生，主要研究方向为…': an author's biography; a stray '一'
        english = not cjk_count(text) and bool(re.search(r"[A-Za-z]{3,}(?:\s+[A-Za-z]+){3}", text))
        if english and k == byline - 1 and not JOURNAL_CITATION_RE.search(text) and "[J]" not in text:
            continue  # 'Creating and Using Personas for …' between the Chinese title and the byline
        bracketed = BRACKETED_LINE_RE.fullmatch(text)
        if bracketed and k > 0 and "subtitle" not in doc.notes:  # '(1956至2011）' under its title
            doc.notes["subtitle"] = bracketed.group(1).strip()
            continue
        if SUBTITLE_RE.match(text.lstrip("# ")) and "subtitle" not in doc.notes:
            # '——以…为例' or '以…为例' alone on its line
            doc.notes["subtitle"] = re.sub(r"^[#\s]*(?:(?:[：:]|[—－\-–─]+|一)\s*)?", "", text).strip()
            continue
        upper = lines[k - 1].text.strip() if k > 0 else ""
        head = title_over_subtitle(upper, text)
        if head and is_title(head) and "subtitle" not in doc.notes:
            doc.notes["subtitle"] = text.lstrip("# ").strip()
            return head
        if wrapped_title(upper, text) and is_title(upper):
            return upper.rstrip() + text.lstrip("# ").strip()
        if k == byline - 1 and plain_subtitle_under(upper, text) and is_title(upper) and "subtitle" not in doc.notes:
            doc.notes["subtitle"] = text  # '# 新型智库战略与核心能力' over '“2016…”高级研修班内容要点解析'
            return upper
        if "subtitle" in doc.notes:  # '# 职场孤独感的形成原因与作用机理：' over its subtitle line
            text = re.sub(r"\s*[：:]\s*$", "", text)
        return text if is_title(text) else None
    return None


GLUED_SUBTITLE_RE = re.compile(r"^(?:以|基于|来自|兼[论谈析]).{2,30}$")  # a subtitle the byline runs on from
BIO_LINE_RE = re.compile(r"[男女]?\s*(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?\s*生|主要(?:研究|从事)方向")


BRACKETED_LINE_RE = re.compile(r"[#\s]*[（(]([^()（）]{2,40})[)）]\s*")
