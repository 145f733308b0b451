"""The English title: the Latin line over the English byline, affiliations and abstract.

Journals print the English block under the Chinese abstract or after the reference
list, as lines of the converted text (``# Title`` / names / ``(affiliations)`` /
``Abstract: …``). The block is read on the lines as converted, before cleaning joins
them, so the names under the title never run into it. Walking up from the English
abstract (or its keywords), lines of names, affiliations, addresses, subtitles and
images are passed over; the first line left is the title. Names and an affiliation
glued to the end of the title line are cut off, a title broken over two headings is
joined, and a title ending in a colon over a subtitle line loses the subtitle, unless the subtitle
runs over two lines under it (then the heading and the lines are one title).
"""

from __future__ import annotations

import re

from npf_graph.extract.frontpage import LINE_NUMBER_RE
from npf_graph.extract.people import is_english_byline
from npf_graph.extract.pinyin_names import PINYIN_RE, capitalised_names
from npf_graph.extract.refheadings import YEAR_RE
from npf_graph.extract.table_rows import one_column_rows

# 'Abstract:', '[Abstract]', 'AbstractThe…' and 'Abstraet', 'Abstarct', 'Abstrast', 'ABSRACT', 'ABSTRCT' (OCR,
# typos); the keywords when the abstract's label was lost
ANCHOR_RE = re.compile(  # 'CAbstract:': a stray capital before the label
    r"^[#*\s\[【]*+(?:[A-Z]?Abs?(?:tra|rta|tar)[ces]t|ABST?RA?CT|Summary:|SUMMARY|K\s?ey\s*-?\s*[Ww]ords?|KEY\s*WORDS?)"
)
# '…Beijing 100081,China） AbstractIdetreg…', '…Ludong University,Yantai 264025,China) Abstract' (the text on the
# lines after): the label run into the affiliation line, colon lost
INSIDE_ANCHOR_RE = re.compile(
    r"(?<=[\dOo\s])Abstract\s{0,2}[:：.]|(?<=[)）]\s)Abstract(?=[A-Z][a-z]|\s*$)"
    r"|(?<=[A-Za-z.\s])[\[【]Abstract[\]】]"  # '…Hebei General Hospital [Abstract] Pituitary…': in brackets
)
LATIN_RE = re.compile(r"[A-Za-z]")
INSTITUTION_EN = r"Universit|Institute|Academy|College|Department|School\s*of|Laboratory|Ministry|Co\.?,?\s*Ltd|Library"
# six digits, some read as letters ('1O0089', 'l0o101'), at least two of them digits
POSTCODE_RE = re.compile(r"(?<![A-Za-z\d])(?=[\dOoIl]{0,5}\d[\dOoIl]{0,5}\d)[1-9Il][\dOoIl]{5,6}(?![\dA-Za-z])")
ADDRESS_RE = re.compile(rf"{POSTCODE_RE.pattern}|China\b|P\.\s?R\.|@|{INSTITUTION_EN}")
CONTACT_RE = re.compile(r"^\W*(?:通[讯信]作者\s*)?(?:Corresponding\s+authors?|E-?\s?mail|Tel\b|Fax\b)", re.I)
UNIT_START_RE = re.compile(rf"[(（\d]|(?:[A-Z][A-Za-z\-]+\s+){{0,3}}(?:{INSTITUTION_EN})")
# a unit named by other words, its address after it ('Liu Xizhong Jiangsu Provincial Federation of …，Nanjing
# 210004'); not '…of Beijing Tian Tan Hospital Project', a place in a title
OTHER_UNIT_RE = re.compile(
    r"(?:[A-Z][A-Za-z\-]+\s+){0,3}(?:Federation|Association|Society|Commission|Committee|Council|Bureau|Hospital"
    rf"|Cent(?:er|re))\b.*(?:{POSTCODE_RE.pattern}|China\b)"
)
UNFINISHED_UNIT_RE = re.compile(rf"(?:{INSTITUTION_EN})[^\n]{{0,400}}(?:[,，;；]|\bof|\band)\s*$")
# '…Design Institute Co.,Ltd.，Hefei 23001，China)', '…Nanjing2o14,China', '…HospitalofShunde,Foshan5283o0,China':
# a unit ending in its country, the postcode short a digit or glued to its city
UNIT_END_RE = re.compile(  # '…Sciences,Beijing,China.)' too
    rf"(?:{INSTITUTION_EN}|Hospital)[^\n]{{0,400}}[,，]\s*(?:P\.\s?R\.\s*)?China\s*[.．]?\s*[)）]?\s*$"
)
# the next unit's number after a semicolon: '…Xinjiang, China;3.Xinjiang Institute…', '…Chna；4WaterResource…'
NEXT_UNIT_RE = re.compile(r"China\s*[)）]?\s*[;；]\s*\d|[;；]\s*[1-9]\s*[.．]?\s*[A-Z][a-z]")
# a line of units closing the bracket that opened them: '…GnsuChna；4WaterResourceBureauf…suhna)'
UNITS_CLOSED_RE = re.compile(r"^[^(（]*[;；][^(（]*[)）]\s*$")
URL_LINE_RE = re.compile(r"^\W*(?:https?\s*:|www\.)\S*\s*$", re.I)  # 'http ://www.ecologica.cn'
# '基金项目：…', '收稿日期：…' between the Chinese keywords and the English title
FRONT_NOTE_RE = re.compile(r"^[#*\s]*(?:基金项目|资助项目|收稿日期|修回日期|修订日期|通讯作者|通信作者|作者简介|DOI)")
REFERENCE_RE = re.compile(r"^\s*(?:[\[［]\s*\d{1,3}\s*[\]］]|\d{1,3}\s*[.．]?\s*[A-Z][A-Za-z\-']*\s+[A-Z]{1,3}\b)")
# a cited work's pages end it, not a title's span of years ('…in Xinjiang at multi-scale during 1961-2019')
CITED_WORK_RE = re.compile(
    r"(?:19|20)\d\d\s*[,，]\s*\d+\s*[(（]|\[[JMCDRN]\]|\[\d{4}-\d\d-\d\d\]|https?://"
    r"|(?<!\d)(?!(?:1[6-9]|20)\d\d\s*[-–]\s*(?:1[6-9]|20)\d\d\s*$)\d+\s*[-–]\s*\d+\s*\.?\s*$"
)
LABEL_LINE_RE = re.compile(r"^[#*\s]*(?:Vol\b|No\.|doi|DOI|Received|Key\s*words|Abstract|CLC|Document code)")
SUBTITLE_LINE_RE = re.compile(r"^[#*\s]*[-—–]+\s*[A-Z]")  # '-Road to Germany's Scientific and Technological Power'
SUBTITLE_DASH_RE = re.compile(r"\s+(?:--|—|——)\s*|\s*(?:--|——)|\s+[-–]\s+(?=[A-Z])")
TEX_RE = re.compile(r"\$[^$]{0,80}\$")
MAX_LINES_UP = 12
MAX_TITLE = 300
FINAL_STOP_RE = re.compile(r"[.。!！:：?？]\s*$")  # a line that ends a sentence or opens a subtitle
BIO_RE = re.compile(r"(?:19|20)\d\d\s*年生|研究方向")  # '薛潺女1993年生，硕士研究生，研究方向为…': a biography
# '[27] 郁欢欢,…[J].饲料工业,2015,36(18):25-29.Effects of Dietary Active Yeast…Selenka)YAN Fang1HUWeil…': the
# English title and its byline run on after the list's last entry, over the English abstract
ENTRY_TAIL_RE = re.compile(r"(?<=\d)[.．]\s*(?P<tail>[A-Z][a-z]+(?:\s+[A-Za-z(][^\s]*){3,}[^\u4e00-\u9fff]*)$")
PIECE_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]*(?:'[a-z]+)?|[a-z]+")


def english_title(text: str) -> str | None:
    """The English title of the document `text` (the readable text, line breaks kept), or None."""
    lines = [ln for ln in one_column_rows(text).split("\n") if ln.strip()]
    for i, line in enumerate(lines):
        inside = None if ANCHOR_RE.match(line) or not _is_latin(line) else INSIDE_ANCHOR_RE.search(line)
        if inside and (title := _title_before_names(line[: inside.start()])):
            above = lines[i - 1].strip() if i > 0 else ""
            if above and _continues(above, title):
                return f"{_bare(above)} {title}"  # '# An Insight into … and Its' / 'Inspiration to China Qu …'
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
    title = _without_names(_bare(head))
    return english_title_line(title) if title != _bare(head) else None


def _line_numbers(above: str, line: str) -> bool:
    """'17 and Feed Safety,…' over '18 Abstract: …': a manuscript numbering its lines."""
    a, b = LINE_NUMBER_RE.match(above), LINE_NUMBER_RE.match(line)
    return bool(a and b) and int(a.group(1)) + 1 == int(b.group(1))


def english_title_line(line: str) -> str | None:
    """`line` read as an English title ('…Knowledge Service初景利1,²…' cut before the names), or None."""
    title = _without_names(_bare(line))
    return title if _is_latin(title) and _title_like(title) and not passed_over(title) else None


def _last_word(line: str) -> bool:
    """A title's last word wrapped alone onto the next line: one word in title case, no name in Pinyin."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,14}", line)) and not PINYIN_RE.fullmatch(line)


def _title_over(lines: list[str], anchor: int) -> str | None:
    for j in range(anchor - 1, max(-1, anchor - 1 - MAX_LINES_UP), -1):
        line, above = lines[j].strip(), lines[j - 1].strip() if j > 0 else ""
        if j == anchor - 1 and REFERENCE_RE.match(line) and (tail := ENTRY_TAIL_RE.search(line)):
            title = _without_names(tail.group("tail"))  # the title and the byline run on after the last entry
            if title != tail.group("tail") and _title_like(title) and not passed_over(title):
                return title
        title = _without_names(_bare(line))
        # the title with the byline run on: what is left reads as a title, not as names or an address
        glued = (
            title != _bare(line)
            and _title_like(title)
            and not passed_over(title)
            and not UNIT_START_RE.match(title)
            and not POSTCODE_RE.search(title)
            and bool(re.search(r"\b[a-z]{2,}(?:\b|(?=[A-Z]))", title))  # title words: 'of', 'and', 'forExcellent'
            and not _names_run_on(TEX_RE.sub(" ", title))
            and not _names_line(title)
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
            if title != _bare(line) and above and _continues(above, title):
                return f"{_bare(above)} {title}"  # '…and Adult' / 'GoatsZHANG Qingyue…'
            if line.startswith("#") and above.startswith("#"):
                title = f"{_bare(above)} {title}"  # '# …Bayesian' / '# Analysis'
                return title if _title_like(title) and _is_latin(title) else None
            if title.islower() and above.startswith("#") and _continues(above, title):
                return f"{_bare(above)} {title}"  # '# …evidence from eye' / 'movement'
            if _last_word(title) and above.startswith("#") and _continues(above, title):
                # '# …in Feed Additive $L$ -Lysine' / 'Sulfate'
                return _under_main_title(lines, j - 1, f"{_bare(above)} {title}")
            if " " not in title:  # 'ColegeoftUsKbfoedloli': an affiliation the conversion garbled
                continue
            return None
        if _is_latin(above) and _title_like(above) and not passed_over(above):
            if re.search(r"[:：?？]\s*$", above) and line.startswith("#"):
                title = re.sub(r"\s*[:：]\s*$", "", _bare(above))  # 'Title :' over '# Taking … as an Example'
            elif title[:1].islower() and not FINAL_STOP_RE.search(above):
                title = _lines_up(lines, j - 1, title)  # '# A Study on … in Countries' / 'along the …'
            elif line.startswith("#") == above.startswith("#") and not re.search(r"[.。!！]\s*$", above):
                if not line.startswith("#") or len(title.split()) <= 8 or title[:1].islower():
                    title = f"{_bare(above)} {title}"  # a title broken over two lines
            elif above.startswith("#") and not FINAL_STOP_RE.search(above) and _title_case(title):
                title = f"{_bare(above)} {title}"  # '# …Risks Based on Moving' over 'Average Prediction Limits'
            elif OPEN_END_RE.search(above) or (re.search(r"[,，]\s*$", above) and not YEAR_RE.search(above)):
                title = f"{_bare(above)} {title}"  # '…Mechanism of Loneliness,' over '# Anxiety， Self-Control…'
            elif line.startswith("#") and not above.startswith("#") and len(title.split()) <= 3 and _title_case(title):
                title = f"{_bare(above)} {title}"  # '…Literature Resource Discovery' over '# Service System'
            elif above.startswith("#") and not line.startswith("#") and _title_case(_bare(above)):
                title = _bare(above)  # '# Negative Shock but Positive Effect' over its subtitle, printed plain
            if title.startswith(_bare(above)):
                title = _under_main_title(lines, j - 1, title)
        # without a subtitle and a note's mark ('…Animal Nutrition²')
        return SUBTITLE_DASH_RE.split(title)[0].strip().rstrip("\\*:：¹²³⁴⁵⁶⁷⁸⁹ ") or None
    return None


def _heading_over_byline(lines: list[str], j: int) -> bool:
    """A heading in Latin that reads as a title over lines[j], with a byline or units between them and
    nothing else: lines[j] is one of the front's lines under the title, not a title with names run on."""
    for i in range(j - 1, max(-1, j - 4), -1):
        line = lines[i].strip()
        if line.startswith("#"):
            return i < j - 1 and _is_latin(_bare(line)) and _title_like(_bare(line)) and not passed_over(line)
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
    return f"{_bare(upper)} {title}" if open_end and _is_latin(upper) and _title_like(upper) else title


def _lines_up(lines: list[str], j: int, title: str) -> str:
    """`title`, which opens in lower case, joined to lines[j] and to the title lines over it while
    each joined part still opens in lower case ('# Application and design technology' / 'of …' / …)."""
    title = f"{_bare(lines[j])} {title}"
    while title[:1].islower() and j > 0:
        above = lines[j - 1].strip()
        if not (_is_latin(above) and _title_like(above) and not passed_over(above)):
            break
        if FINAL_STOP_RE.search(above) or len(above) + len(title) > MAX_TITLE:
            break  # a sentence's end, or lines of an abstract
        title, j = f"{_bare(above)} {title}", j - 1
    return title


def _bare(line: str) -> str:
    """`line` without its Markdown heading marks and emphasis."""
    return line.strip().lstrip("#* ").strip()


UNIT_OF_RE = re.compile(r"\b(?:Centre|Center|[Dd]epartment|School|College)\s+of\b[^.?!]*\bUniversity\b[^.?!]*,")
# 'Department of Endocrinology and Metabolism， West China Hospital, Sichuan': a unit opens the line, a comma
# follows; '…Education (Beijing Normal University), Faculty of Psychology, Beijing Normal University': one ends it
UNIT_LINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z\-]+\s+){0,3}(?:Department|School|College|Faculty|Laboratory)\s+of\b.*[,，]"
    r"|[,，]\s*(?:[A-Z][A-Za-z\-]+\s+){1,4}University\s*$"
    # '…Sciences,Kunming,65021', 'CNOOC Research Institute Co., Ltd. Beijing 10028'
    rf"|(?:{INSTITUTION_EN})[^\n]{{0,300}}[,，.]\s*[A-Z][a-z]+\s*[,，]?\s*\d{{5,6}}\s*[,.]?\s*$"
    # 'iKeyLaboratory forRelativistic Astrophysics,SchoolofPhysical …,Guangxi University,N': two units' words
    rf"|(?:{INSTITUTION_EN})[^,，\n]{{0,200}}[,，][^\n]{{0,300}}?(?:{INSTITUTION_EN})"
    r"|[A-Z][a-z]+\s?[1-9]\d{5}\s*[,，]\s*(?:P\.\s?R\.\s*)?China\s*[)）]?\s*$"  # '…Science,Beijing100193,China)'
)
# 'IANG Dianhu',WENHaomaol, ZHU Wenyan1,WEN Shunqian²,LIAO Guanqun²': names, surnames in capitals, with their marks
MARKED_NAME_RE = re.compile(r"\b[A-Z]{2,}\s?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?[\d¹²³⁴⁵⁶⁷⁸⁹'’*\\]")
# 'Wanqiong1, Ye xinchen1, Tohtonur1, …': three names in a row, capitalised, each with its unit's number and a comma
NUMBERED_NAMES_RE = re.compile(
    r"(?:\b[A-Z][a-z]+(?:\s[A-Za-z][a-z]+)?[1-9¹²³⁴⁵⁶⁷⁸⁹](?:,[1-9])*\s*[,，]\s*){2}[A-Z][a-z]"
)


def passed_over(line: str) -> bool:
    """Lines between the title and the abstract: names, affiliations, images, placeholders, subtitles."""
    if line.startswith("![") or not any(c.isalpha() for c in line) or SUBTITLE_LINE_RE.match(line):
        return True
    if URL_LINE_RE.match(line):
        return True
    if CONTACT_RE.match(line):  # 'Corresponding author: …', 'E-mail: …'
        return True
    if re.fullmatch(r"\[[^\]]{1,12}\]", line):  # '[键入文字]': a template's placeholder
        return True
    if line.lstrip("#* ")[:1] in "(（[［" or re.match(r"^[\d¹²³⁴⁵⁶⁷⁸⁹]\s*[.．]?\s*[A-Z]", line):
        return not REFERENCE_RE.match(line) or bool(ADDRESS_RE.search(line))
    if UNIT_END_RE.search(line) and _without_names(_bare(line)) == _bare(line):
        return True  # not when a title's last words open it, the names glued on ('GoatsZHANG Qingyue…')
    if POSTCODE_RE.search(line) or UNFINISHED_UNIT_RE.search(line):  # 'Beijing 100101, China;', '…Academy of'
        return True
    if re.match(r"^[\d¹²³⁴⁵⁶⁷⁸⁹]\s*[.．]\s*\d[\dOo]{4,5}(?![\dA-Za-z])", line) or UNIT_OF_RE.search(line):
        return True  # '1.07500O zhangjiakou，…': a unit's number, then its postcode; '…Centre of Fudan University, …'
    if NEXT_UNIT_RE.search(line) or UNIT_LINE_RE.search(_bare(line)) or len(MARKED_NAME_RE.findall(line)) >= 3:
        return True
    if NUMBERED_NAMES_RE.search(line):  # a byline's second line, its surnames not in capitals
        return True
    if UNITS_CLOSED_RE.search(line):
        return True  # units garbled past reading, and the bracket that held them
    if ADDRESS_RE.search(line) and _names_run_on(line.lstrip("#* ")):
        return True  # 'ZHAO Jun-jie， ZHANG Long，… KeyLabof Industrial Biotechnology，…Jiangnan University'
    if SURNAME_FIRST_RE.match(line) and _names_run_on(line):
        return True  # 'ZHANG Yan\*，ZHENG Hongmei,LU Hanjing StateKeyJt': names, then a unit garbled
    return (
        is_english_byline(line)
        or _names_line(line)
        or _names_then_address(line)
        or _byline_head(line)
        or _marked_names(line)
    )


def _marked_names(line: str) -> bool:
    """'Meierhan HEIZAT1,2,HAO Xingming2,': names that Pinyin need not spell, known by their marks: every
    word capitalised, two or more carrying a mark, the names parted by commas."""
    bare = _bare(line)
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", bare)
    marked = re.findall(r"[A-Za-z]{3}[\d¹²³⁴⁵⁶⁷⁸⁹*]+(?![A-Za-z])", bare)  # not 'CO2', 'N2O'
    capitalised = len(words) >= 2 and all(w[0].isupper() for w in words)
    return capitalised and len(marked) >= 2 and bool(re.search(r"[,，]", bare))


def _byline_head(line: str) -> bool:
    """The byline opens `line` in Pinyin, however garbled what follows: a surname in capitals, a given
    name, then a mark or a comma ('SHENXiaodong,Hin,…', 'RONG Zhenxiang1,2, …', 'MAO Yannal,ZENG…')."""
    bare = _bare(line)
    names = capitalised_names(bare)
    return bool(names) and names[0][0] == 0 and bool(re.match(r"l?[\d¹²³⁴⁵⁶⁷⁸⁹*,，]", bare[names[0][1] :]))


def _pinyin(piece: str) -> bool:
    """A piece of a name: Pinyin, also with an OCR 'l' for the mark 1 after it ('Fangl')."""
    return bool(PINYIN_RE.fullmatch(piece) or (piece.endswith("l") and PINYIN_RE.fullmatch(piece[:-1])))


def _name_pieces(text: str) -> list[str]:
    pieces = PIECE_RE.findall(re.sub(r"(?<=[A-Za-z])-(?=[a-z])", "", TEX_RE.sub(" ", text)))  # 'Ya-jing
    return [p.replace("'", "") for p in pieces if p.lower() not in {"et", "al"}]


def _names_line(line: str) -> bool:
    """'Guo Jinjing1,2 Peng Naizhu²,3 Ku Liping', 'LiTingting', "Wang Jiao'e12Jing Yue": Pinyin names and
    their marks up to a bracketed affiliation (a garbled word after them allowed)."""
    pieces = _name_pieces(re.split(r"[(（]", line.lstrip("#* "), maxsplit=1)[0])
    # 'WU xiao-fan1,YIN yue1': a given name in lower case after a surname in capitals
    names = [(p[:1].isupper() or (k > 0 and pieces[k - 1].isupper())) and _pinyin(p) for k, p in enumerate(pieces)]
    return len(pieces) >= 2 and all(names[:2]) and sum(names) >= 0.75 * len(names)


def _names_then_address(line: str) -> bool:
    """'Chen Wei Li Xiuxia LiTingting School of Communication, …': capitalised words only, Pinyin names
    first, then an address; a title has words in lower case or other words before any such word."""
    m = ADDRESS_RE.search(line)
    if not m:
        return False
    words = [w for w in re.split(r"[\s,，;；]+", line[: m.start()].lstrip("#* ")) if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w[0].isupper() for w in words) and _names_run_on(line.lstrip("#* "))


def _without_names(title: str) -> str:
    """'…Think Tank Reports Chen An12Jia Chuanling1…', '…Personas Gu Liping Library of …': the title line
    with the names (two or more Pinyin pieces) and an affiliation run on after it cut off."""
    cjk = re.search(r"[\u4e00-\u9fff]", title)
    if cjk and len(title[: cjk.start()].split()) >= 3:  # '…Publishing Knowledge Service初景利1,²任娇菡…'
        return title[: cjk.start()].strip()
    third = next((w.start() for k, w in enumerate(re.finditer(r"\S+", title)) if k == 2), len(title))
    for m in re.finditer(r"(?<=[a-z:?.)\]])\s*(?=[A-Z])", title):
        glued = not m.group() and bool(SURNAME_FIRST_RE.match(title, m.end()))  # 'GoatsZHANG Qingyue'
        if (glued or third < m.start()) and _names_run_on(title[m.end() :]):  # after three words
            if OPEN_END_RE.search(title, 0, m.start()) or CAPITALS_NEXT_RE.match(title, m.end()):
                continue  # '…Readers during Chinese Reading': no title ends in 'during'; '…Array Antenna DUAN Xuefeng'
            return title[: m.start()].strip()
    return title


SURNAME_FIRST_RE = re.compile(r"[A-Z]{2,}\s?[A-Z][a-z]")  # 'ZHANG Yan', 'LIUXin': a surname in capitals
CAPITALS_NEXT_RE = re.compile(rf"[A-Z][a-z]+\s+{SURNAME_FIRST_RE.pattern}")  # 'Antenna DUAN Xu': a word, then one
OPEN_END_RE = re.compile(
    r"\b(?:in|of|at|on|for|from|and|the|to|with|by|between|across|around|during|among|under|within|into|via|through)\s*$",
    re.I,
)


def _continues(above: str, rest: str) -> bool:
    """`rest`, the start of a line before names, ends the title line `above`, which has no final stop."""
    return (
        _is_latin(above)
        and _title_like(above)
        and not passed_over(above)
        and not FINAL_STOP_RE.search(above)
        and bool(re.fullmatch(r"[A-Za-z][A-Za-z\-']*(?: [A-Za-z][A-Za-z\-']*){0,3}", rest))
    )


NOT_NAMES = frozenset({"China", "Chinese", "Medicine"})  # English words of titles that read as Pinyin


def _names_run_on(rest: str) -> bool:
    """`rest` opens with Pinyin names (several, or marked, or with an affiliation or nothing after them)."""
    count, end, marked = 0, 0, False
    for piece in PIECE_RE.finditer(rest):
        gap = rest[end : piece.start()]
        if count and not re.fullmatch(r"[\s\d¹²³⁴⁵⁶⁷⁸⁹,，;；'’*\\†.\-]*|\s*\d[)）]\s*", gap):
            break
        word = piece.group().replace("'", "")
        after = rest[piece.end() : piece.end() + 1]  # 'HonglLiu', 'Hongshenl，2', 'LI Lil.2': the mark 1 read as l
        ocr_mark = word.endswith("l") and (after.isupper() or after in ("，", ",", ".") or after.isdigit())
        pinyin = bool(PINYIN_RE.fullmatch(word[:-1] if ocr_mark else word))
        if not pinyin or not (word[:1].isupper() or gap == "-") or word in NOT_NAMES:
            break  # '…in the Sichuan Basin， China', '…in traditional Chinese Medicine': words Pinyin spells
        marked = marked or bool(re.search(r"[\d¹²³⁴⁵⁶⁷⁸⁹*†]", gap))
        count, end = count + 1, piece.end()
    after = re.sub(r"^(?:[\s\d¹²³⁴⁵⁶⁷⁸⁹,，;；'’*\\†.．]|(?<=\d)[)）])+", "", rest[end:])
    affiliation = not after or bool(UNIT_START_RE.match(after) or OTHER_UNIT_RE.match(after))
    return count >= 2 and (count >= 4 or marked or affiliation)


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
