"""Lines of an English front page that are not its title: bylines in Pinyin, units, addresses.

Walking up from the English abstract to its title, these lines are passed over. A byline is known by
its names (Pinyin pieces, surnames in capitals, affiliation marks), a unit by its institution's words,
its postcode or its country; a title line with the names glued on after it is cut before them.
"""

from __future__ import annotations

import re

from npf_graph.extract.people import is_english_byline
from npf_graph.extract.pinyin_names import PINYIN_RE, capitalised_names

INSTITUTION_EN = r"Universit|Institute|Academy|College|Department|School\s*of|Laboratory|Ministry|Co\.?,?\s*Ltd|Library"
# six digits, some read as letters ('1O0089', 'l0o101', 'i00190'), at least two of them digits
POSTCODE_RE = re.compile(r"(?<![A-Za-z\d])(?=[\dOoIil]{0,5}\d[\dOoIl]{0,5}\d)[1-9Iil][\dOoIl]{5,6}(?![\dA-Za-z])")
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
REFERENCE_RE = re.compile(r"^\s*(?:[\[［]\s*\d{1,3}\s*[\]］]|\d{1,3}\s*[.．]?\s*[A-Z][A-Za-z\-']*\s+[A-Z]{1,3}\b)")
SUBTITLE_LINE_RE = re.compile(r"^[#*\s]*[-—–]+\s*[A-Z]")  # '-Road to Germany's Scientific and Technological Power'
TEX_RE = re.compile(r"\$[^$]{0,80}\$")
PIECE_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]*(?:'[a-z]+)?|[a-z]+")


def bare_line(line: str) -> str:
    """`line` without its Markdown heading marks and emphasis."""
    return line.strip().lstrip("#* ").strip()


UNIT_OF_RE = re.compile(r"\b(?:Centre|Center|[Dd]epartment|School|College)\s+of\b[^.?!]*\bUniversity\b[^.?!]*,")
# 'Department of Endocrinology and Metabolism， West China Hospital, Sichuan': a unit opens the line, a comma
# follows; '…Education (Beijing Normal University), Faculty of Psychology, Beijing Normal University': one ends it
UNIT_LINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z\-]+\s+){0,3}(?:Department|School|College|Faculty|Laboratory)\s+of\b.*[,，]"
    r"|^(?:[A-Z][A-Za-z\-]+\s+){1,3}(?:University|Institute|Academy)\s*[,，]"  # 'Beijing Normal University, Gene…'
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

# 'ChiYi chen1) †', 'Li Ming1)': a few words, then a unit's number in a bracket or a dagger, which no title ends in
NOTED_NAMES_RE = re.compile(r"(?P<names>[A-Z][A-Za-z\-' ]{2,40}?)\s*(?:[\d,]*\)\s*[*†‡]*|[\d,]*\s*[†‡]+)")


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
    if line.lstrip("#* ")[:1] in "(（[［" or re.match(r"^[\d¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s*[.．]?\s*[A-Z]", line):
        return not REFERENCE_RE.match(line) or bool(ADDRESS_RE.search(line))
    if UNIT_END_RE.search(line) and without_names(bare_line(line)) == bare_line(line):
        return True  # not when a title's last words open it, the names glued on ('GoatsZHANG Qingyue…')
    if POSTCODE_RE.search(line) or UNFINISHED_UNIT_RE.search(line):  # 'Beijing 100101, China;', '…Academy of'
        return True
    if re.match(r"^[\d¹²³⁴⁵⁶⁷⁸⁹]\s*[.．]\s*\d[\dOo]{4,5}(?![\dA-Za-z])", line) or UNIT_OF_RE.search(line):
        return True  # '1.07500O zhangjiakou，…': a unit's number, then its postcode; '…Centre of Fudan University, …'
    if NEXT_UNIT_RE.search(line) or UNIT_LINE_RE.search(bare_line(line)) or len(MARKED_NAME_RE.findall(line)) >= 3:
        return True
    if NUMBERED_NAMES_RE.search(line):  # a byline's second line, its surnames not in capitals
        return True
    if (m := NOTED_NAMES_RE.fullmatch(bare_line(line))) and all(_pinyin(p) for p in _name_pieces(m.group("names"))):
        return True  # 'ChiYi chen1) †': names, then their unit's number and a note's dagger
    if UNITS_CLOSED_RE.search(line):
        return True  # units garbled past reading, and the bracket that held them
    if ADDRESS_RE.search(line) and names_run_on(line.lstrip("#* ")):
        return True  # 'ZHAO Jun-jie， ZHANG Long，… KeyLabof Industrial Biotechnology，…Jiangnan University'
    if SURNAME_FIRST_RE.match(line) and names_run_on(line):
        return True  # 'ZHANG Yan\*，ZHENG Hongmei,LU Hanjing StateKeyJt': names, then a unit garbled
    return (
        is_english_byline(line)
        or names_line(line)
        or _names_then_address(line)
        or _byline_head(line)
        or _marked_names(line)
    )


def _marked_names(line: str) -> bool:
    """'Meierhan HEIZAT1,2,HAO Xingming2,': names that Pinyin need not spell, known by their marks: every
    word capitalised, two or more carrying a mark, the names parted by commas."""
    bare = bare_line(line)
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", bare)
    marked = re.findall(r"[A-Za-z]{3}[\d¹²³⁴⁵⁶⁷⁸⁹*]+(?![A-Za-z])", bare)  # not 'CO2', 'N2O'
    capitalised = len(words) >= 2 and all(w[0].isupper() for w in words)
    return capitalised and len(marked) >= 2 and bool(re.search(r"[,，]", bare))


def _byline_head(line: str) -> bool:
    """The byline opens `line` in Pinyin, however garbled what follows: a surname in capitals, a given
    name, then a mark or a comma ('SHENXiaodong,Hin,…', 'RONG Zhenxiang1,2, …', 'MAO Yannal,ZENG…')."""
    bare = bare_line(line)
    names = capitalised_names(bare)
    return bool(names) and names[0][0] == 0 and bool(re.match(r"l?[\d¹²³⁴⁵⁶⁷⁸⁹*,，]", bare[names[0][1] :]))


def _pinyin(piece: str) -> bool:
    """A piece of a name: Pinyin, also with an OCR 'l' for the mark 1 after it ('Fangl')."""
    return bool(PINYIN_RE.fullmatch(piece) or (piece.endswith("l") and PINYIN_RE.fullmatch(piece[:-1])))


def _name_pieces(text: str) -> list[str]:
    pieces = PIECE_RE.findall(re.sub(r"(?<=[A-Za-z])-(?=[a-z])", "", TEX_RE.sub(" ", text)))  # 'Ya-jing
    return [p.replace("'", "") for p in pieces if p.lower() not in {"et", "al"}]


def names_line(line: str) -> bool:
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
    return len(words) >= 2 and all(w[0].isupper() for w in words) and names_run_on(line.lstrip("#* "))


def without_names(title: str) -> str:
    """'…Think Tank Reports Chen An12Jia Chuanling1…', '…Personas Gu Liping Library of …': the title line
    with the names (two or more Pinyin pieces) and an affiliation run on after it cut off."""
    cjk = re.search(r"[\u4e00-\u9fff]", title)
    if cjk and len(title[: cjk.start()].split()) >= 3:  # '…Publishing Knowledge Service初景利1,²任娇菡…'
        return title[: cjk.start()].strip()
    third = next((w.start() for k, w in enumerate(re.finditer(r"\S+", title)) if k == 2), len(title))
    for m in re.finditer(r"(?<=[a-z:?.)\]])\s*(?://\s*)?(?=[A-Z])", title):  # '…megajournal//CHEN Xiujuan, …'
        glued = not m.group() and bool(SURNAME_FIRST_RE.match(title, m.end()))  # 'GoatsZHANG Qingyue'
        if (glued or third < m.start()) and names_run_on(title[m.end() :]):  # after three words
            if OPEN_END_RE.search(title, 0, m.start()) or CAPITALS_NEXT_RE.match(title, m.end()):
                continue  # '…Readers during Chinese Reading': no title ends in 'during'; '…Array Antenna DUAN Xuefeng'
            return title[: m.start()].strip()
    return title


SURNAME_FIRST_RE = re.compile(r"[A-Z]{2,}\s?[A-Z][a-z]")  # 'ZHANG Yan', 'LIUXin': a surname in capitals
CAPITALS_NEXT_RE = re.compile(rf"[A-Z][a-z]+\s+{SURNAME_FIRST_RE.pattern}")  # 'Antenna DUAN Xu': a word, then one
OPEN_END_RE = re.compile(
    r"\b(?:in|of|at|on|for|from|and|the|to|with|by|between|across|around|during|among|under|within|into|via|through"
    r"|its|their|our|whose)\s*$",
    re.I,
)


NOT_NAMES = frozenset({"China", "Chinese", "Medicine"})  # English words of titles that read as Pinyin


def names_run_on(rest: str) -> bool:
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
