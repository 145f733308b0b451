"""The English title: the Latin line over the English byline, affiliations and abstract.

Journals print the English block under the Chinese abstract or after the reference
list, as lines of the converted text (``# Title`` / names / ``(affiliations)`` /
``Abstract: …``). The block is read on the lines as converted, before cleaning joins
them, so the names under the title never run into it. Walking up from the English
abstract (or its keywords), lines of names, affiliations, addresses, subtitles and
images are passed over; the first line left is the title. Names and an affiliation
glued to the end of the title line are cut off, a title broken over two headings is
joined, and a title ending in a colon over a subtitle line loses the subtitle, unless the subtitle
runs over two lines under it (then the heading and the lines are one title). A subtitle
after a dash on the title's own line stays in it: the record has no English subtitle.
"""

from __future__ import annotations

import re

from npf_graph.extract.english_front_lines import (
    OPEN_END_RE,
    POSTCODE_RE,
    REFERENCE_RE,
    TEX_RE,
    UNIT_START_RE,
    bare_line,
    names_line,
    names_run_on,
    passed_over,
    without_names,
)
from npf_graph.extract.frontpage import LINE_NUMBER_RE
from npf_graph.extract.pinyin_names import PINYIN_RE
from npf_graph.extract.refheadings import YEAR_RE
from npf_graph.extract.table_rows import one_column_rows

# 'Abstract:', '[Abstract]', 'AbstractThe…' and 'Abstraet', 'Abstarct', 'Abstrast', 'ABSRACT', 'ABSTRCT' (OCR,
# typos); the keywords when the abstract's label was lost
KEYWORDS_LABEL = r"K\s?ey\s*-?\s*[Ww]ords?|KEY\s*WORDS?"
ANCHOR_RE = re.compile(  # 'CAbstract:': a stray capital before the label
    rf"^[#*\s\[【]*+(?:[A-Z]?Abs?(?:tra|rta|tar)[ces]t|ABST?RA?CT|Summary:|SUMMARY|{KEYWORDS_LABEL})"
)
KEYWORDS_ANCHOR_RE = re.compile(rf"^[#*\s\[【]*+(?:{KEYWORDS_LABEL})")  # the abstract over them lost its label
# '…Beijing 100081,China） AbstractIdetreg…', '…Ludong University,Yantai 264025,China) Abstract' (the text on the
# lines after): the label run into the affiliation line, colon lost
INSIDE_ANCHOR_RE = re.compile(
    r"(?<=[\dOo\s])Abstract\s{0,2}[:：.]|(?<=[)）]\s)Abstract(?=[A-Z][a-z]|\s*$)"
    r"|(?<=[A-Za-z.\s])[\[【]Abstract[\]】]"  # '…Hebei General Hospital [Abstract] Pituitary…': in brackets
)
LATIN_RE = re.compile(r"[A-Za-z]")
# '基金项目：…', '收稿日期：…' between the Chinese keywords and the English title
FRONT_NOTE_RE = re.compile(r"^[#*\s]*(?:基金项目|资助项目|收稿日期|修回日期|修订日期|通讯作者|通信作者|作者简介|DOI)")
# a cited work's pages end it, not a title's span of years ('…in Xinjiang at multi-scale during 1961-2019')
CITED_WORK_RE = re.compile(
    r"(?:19|20)\d\d\s*[,，]\s*\d+\s*[(（]|\[[JMCDRN]\]|\[\d{4}-\d\d-\d\d\]|https?://"
    r"|(?<!\d)(?!(?:1[6-9]|20)\d\d\s*[-–]\s*(?:1[6-9]|20)\d\d\s*$)\d+\s*[-–]\s*\d+\s*\.?\s*$"
)
LABEL_LINE_RE = re.compile(r"^[#*\s]*(?:Vol\b|No\.|doi|DOI|Received|Key\s*words|Abstract|CLC|Document code)")
MAX_LINES_UP = 24  # a byline and as many units (fifteen, one a line) under the title
MAX_TITLE = 300
FINAL_STOP_RE = re.compile(r"[.。!！:：?？]\s*$")  # a line that ends a sentence or opens a subtitle
BIO_RE = re.compile(r"(?:19|20)\d\d\s*年生|研究方向")  # '薛潺女1993年生，硕士研究生，研究方向为…': a biography
# '[27] 郁欢欢,…[J].饲料工业,2015,36(18):25-29.Effects of Dietary Active Yeast…Selenka)YAN Fang1HUWeil…': the
# English title and its byline run on after the list's last entry, over the English abstract
ENTRY_TAIL_RE = re.compile(r"(?<=\d)[.．]\s*(?P<tail>[A-Z][a-z]+(?:\s+[A-Za-z(][^\s]*){3,}[^\u4e00-\u9fff]*)$")


def english_title(text: str) -> str | None:
    """The English title of the document `text` (the readable text, line breaks kept), or None."""
    lines = [ln for ln in one_column_rows(text).split("\n") if ln.strip()]
    for i, line in enumerate(lines):
        inside = None if ANCHOR_RE.match(line) or not _is_latin(line) else INSIDE_ANCHOR_RE.search(line)
        if inside and (title := _title_before_names(line[: inside.start()])):
            above = lines[i - 1].strip() if i > 0 else ""
            if above and _continues(above, title):
                return f"{bare_line(above)} {title}"  # '# An Insight into … and Its' / 'Inspiration to China Qu …'
            return title  # '…in Livestock and Poultry LI Huawei1,2ZHU Qian1… (1. Key Laboratory…) Abstract: …'
        if ANCHOR_RE.match(line) or inside:
            numbered = i > 0 and _line_numbers(lines[i - 1], line)
            title = _title_over([LINE_NUMBER_RE.sub("", ln) for ln in lines] if numbered else lines, i)
            if title:
                return title
    return None


def _title_before_names(head: str) -> str | None:
    """The title that opens `head`, the start of the abstract's line, where the names follow it there.
    Cut twice: the first cut may stop at a Chinese character after the names ('…Animals LI Zhen WANG Bo\\*二
    (State Key…'), the second then cuts the names."""
    title = without_names(bare_line(head))
    return english_title_line(title) if title != bare_line(head) else None


def _line_numbers(above: str, line: str) -> bool:
    """'17 and Feed Safety,…' over '18 Abstract: …': a manuscript numbering its lines."""
    a, b = LINE_NUMBER_RE.match(above), LINE_NUMBER_RE.match(line)
    return bool(a and b) and int(a.group(1)) + 1 == int(b.group(1))


def english_title_line(line: str) -> str | None:
    """`line` read as an English title ('…Knowledge Service初景利1,²…' cut before the names), or None."""
    title = without_names(bare_line(line))
    return title if _is_latin(title) and _title_like(title) and not passed_over(title) else None


def _last_word(line: str) -> bool:
    """A title's last word wrapped alone onto the next line: one word in title case, no name in Pinyin."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,14}", line)) and not PINYIN_RE.fullmatch(line)


def _title_over(lines: list[str], anchor: int) -> str | None:
    unlabelled = KEYWORDS_ANCHOR_RE.match(lines[anchor]) is not None  # the abstract over them lost its label
    for j in range(anchor - 1, max(-1, anchor - 1 - MAX_LINES_UP), -1):
        line, above = lines[j].strip(), lines[j - 1].strip() if j > 0 else ""
        if unlabelled and _is_latin(line) and _abstract_paragraph(line):
            continue  # 'Visual search is a ubiquitous task…' over 'Keywords: …'
        unlabelled = False
        if j == anchor - 1 and REFERENCE_RE.match(line) and (tail := ENTRY_TAIL_RE.search(line)):
            title = without_names(tail.group("tail"))  # the title and the byline run on after the last entry
            if title != tail.group("tail") and _title_like(title) and not passed_over(title):
                return title
        title = without_names(bare_line(line))
        # the title with the byline run on: what is left reads as a title, not as names or an address
        glued = (
            title != bare_line(line)
            and _title_like(title)
            and not passed_over(title)
            and not UNIT_START_RE.match(title)
            and not POSTCODE_RE.search(title)
            # title words ('of', 'and', 'forExcellent'), not TeX's ('MU $\\mathbf { B o }$')
            and bool(re.search(r"\b[a-z]{2,}(?:\b|(?=[A-Z]))", TEX_RE.sub(" ", title)))
            and not names_run_on(TEX_RE.sub(" ", title))
            and not names_line(title)
            and not re.search(r"[,，;；]\s*$", title)  # '…Technology Application, Zhejiang University…'
            and not _heading_over_byline(lines, j)  # '# Thoughts on …' / 'Zhao Chaoyang …' / '…Center， Beijing…'
        )
        if not glued and passed_over(line):
            continue
        if not _is_latin(title):
            if BIO_RE.search(line) or FRONT_NOTE_RE.match(line):
                continue
            return None
        if not _title_like(title) or " " not in title:
            if title != bare_line(line) and above and _continues(above, title):
                return f"{bare_line(above)} {title}"  # '…and Adult' / 'GoatsZHANG Qingyue…'
            if line.startswith("#") and above.startswith("#"):
                title = f"{bare_line(above)} {title}"  # '# …Bayesian' / '# Analysis'
                return title if _title_like(title) and _is_latin(title) else None
            if title.islower() and above.startswith("#") and _continues(above, title):
                return f"{bare_line(above)} {title}"  # '# …evidence from eye' / 'movement'
            if _last_word(title) and above.startswith("#") and _continues(above, title):
                # '# …in Feed Additive $L$ -Lysine' / 'Sulfate'
                return _under_main_title(lines, j - 1, f"{bare_line(above)} {title}")
            if " " not in title:  # 'ColegeoftUsKbfoedloli': an affiliation the conversion garbled
                continue
            return None
        if _is_latin(above) and _title_like(above) and not passed_over(above):
            if re.search(r"[:：?？]\s*$", above) and line.startswith("#"):
                title = re.sub(r"\s*[:：]\s*$", "", bare_line(above))  # 'Title :' over '# Taking … as an Example'
            elif title[:1].islower() and not FINAL_STOP_RE.search(above):
                title = _lines_up(lines, j - 1, title)  # '# A Study on … in Countries' / 'along the …'
            elif line.startswith("#") == above.startswith("#") and not re.search(r"[.。!！]\s*$", above):
                if not line.startswith("#") or len(title.split()) <= 8 or title[:1].islower():
                    title = f"{bare_line(above)} {title}"  # a title broken over two lines
            elif above.startswith("#") and not FINAL_STOP_RE.search(above) and _title_case(title):
                title = f"{bare_line(above)} {title}"  # '# …Risks Based on Moving' over 'Average Prediction Limits'
            elif OPEN_END_RE.search(above) or (re.search(r"[,，]\s*$", above) and not YEAR_RE.search(above)):
                title = f"{bare_line(above)} {title}"  # '…Mechanism of Loneliness,' over '# Anxiety， Self-Control…'
            elif line.startswith("#") and not above.startswith("#") and len(title.split()) <= 3 and _title_case(title):
                title = f"{bare_line(above)} {title}"  # '…Literature Resource Discovery' over '# Service System'
            elif above.startswith("#") and not line.startswith("#") and _title_case(bare_line(above)):
                title = bare_line(above)  # '# Negative Shock but Positive Effect' over its subtitle, printed plain
            if title.startswith(bare_line(above)):
                title = _under_main_title(lines, j - 1, title)
        # without a note's mark ('…Animal Nutrition²', '…in rural areas?\\* - A case study…'); a subtitle stays
        return title.replace("\\*", "").strip().rstrip("\\*:：¹²³⁴⁵⁶⁷⁸⁹ ") or None
    return None


def _abstract_paragraph(line: str) -> bool:
    """A paragraph of sentences too long for a title: the English abstract, its label lost."""
    return len(line) > MAX_TITLE and len(re.findall(r"[.!?](?:\s|$)", line)) >= 2


def _heading_over_byline(lines: list[str], j: int) -> bool:
    """A heading in Latin that reads as a title over lines[j], with a byline or units between them and
    nothing else: lines[j] is one of the front's lines under the title, not a title with names run on."""
    for i in range(j - 1, max(-1, j - 4), -1):
        line = lines[i].strip()
        if line.startswith("#"):
            return i < j - 1 and _is_latin(bare_line(line)) and _title_like(bare_line(line)) and not passed_over(line)
        if not passed_over(line):
            return False
    return False


def _under_main_title(lines: list[str], j: int, title: str) -> str:
    """`title`, read from lines[j] down, after the heading over it that ends in a colon or a word no title
    ends in: the main title over its subtitle ('# Automatic Perspective Taking:' / '# The Debate between …
    and' / 'Submentalizing'), a title over three lines ('# …Relationships with' / '# …Problems: Risk' / …)."""
    upper = lines[j - 1].strip() if j >= 1 else ""
    # '# …on Consumer Choice: The' or '# …and Their Relationships with' over the lines that go on
    open_end = upper.startswith("#") and (re.search(r"[:：]\s*$", upper) or OPEN_END_RE.search(upper))
    return f"{bare_line(upper)} {title}" if open_end and _is_latin(upper) and _title_like(upper) else title


def _lines_up(lines: list[str], j: int, title: str) -> str:
    """`title`, which opens in lower case, joined to lines[j] and to the title lines over it while
    each joined part still opens in lower case ('# Application and design technology' / 'of …' / …)."""
    title = f"{bare_line(lines[j])} {title}"
    while title[:1].islower() and j > 0:
        above = lines[j - 1].strip()
        if not (_is_latin(above) and _title_like(above) and not passed_over(above)):
            break
        if FINAL_STOP_RE.search(above) or len(above) + len(title) > MAX_TITLE:
            break  # a sentence's end, or lines of an abstract
        title, j = f"{bare_line(above)} {title}", j - 1
    return title


def _continues(above: str, rest: str) -> bool:
    """`rest`, the start of a line before names, ends the title line `above`, which has no final stop."""
    return (
        _is_latin(above)
        and _title_like(above)
        and not passed_over(above)
        and not FINAL_STOP_RE.search(above)
        and bool(re.fullmatch(r"[A-Za-z][A-Za-z\-']*(?: [A-Za-z][A-Za-z\-']*){0,3}", rest))
    )


def _title_case(text: str) -> bool:
    """A few words, each long one capitalised: the rest of a title the heading ran out before."""
    words = text.split()
    return 1 <= len(words) <= 8 and all(w[:1].isupper() for w in words if len(w) >= 4)


def _title_like(line: str) -> bool:
    body = line.lstrip("#* ").strip()
    return (
        12 <= len(body) <= MAX_TITLE
        and not REFERENCE_RE.match(body)
        and not CITED_WORK_RE.search(body)
        and not LABEL_LINE_RE.match(body)
    )


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(bool(LATIN_RE.match(c)) for c in letters) >= 0.8 * len(letters)
