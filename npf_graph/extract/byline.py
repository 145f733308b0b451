"""Bylines as PDF conversion leaves them: names glued together or to their marks.

``陈曦 包安明1 王新平2 古丽·加帕尔黄 粤``, ``张金柱」张晓林²``, ``吴壮a,b，唐伦aʰ``,
``吴志强祝忠明姚晓娜 王思丽(中国科学院…)``: every character that is not Chinese
separates; a run of Chinese characters is one name or several glued names,
cut where each piece starts with a surname; a single character split off by a
space (``黄 粤``) joins the next one. The line stops being a byline at the
first run that is no name (an affiliation glued after the names); if its very
first run is no name, the line is no byline. Foreign co-authors printed in
Latin letters among the names are read in ``latin_names.py``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from npf_graph.extract.latin_names import with_latin_names
from npf_graph.extract.name_marks import LIST_MARKS, MARK_RE, Name
from npf_graph.extract.name_runs import (
    AFFILIATION_RE,
    INSTITUTION_RE,
    NOT_IN_NAMES,
    common_word,
    four_character_name,
    is_name,
    misplaced_space,
    names_split_by_spaces,
    spaced_pairs,
    split_run,
    two_glued_names,
    two_words,
)
from npf_graph.extract.surnames import surname_length
from npf_graph.ontology import tokenizer

# '丨' (U+4E28) is a superscript 1 read as a stroke ('彭华茂丨毛晓飞 2,1'), so it separates names
RUN_RE = re.compile(r"[\u4e00-\u4e27\u4e29-\u9fff]+(?:·[\u4e00-\u4e27\u4e29-\u9fff]+)*")
MAX_NAMES = 20
UNIT_OPEN_BRACKET_RE = re.compile(r"[（(]")
UNIT_OPEN_RE = re.compile(r"[（(]\s*(?:[\d¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s*[.．、]?)?\s*$")  # what opens a bracketed affiliation
NAME_THEN_UNIT_RE = re.compile(r"\s*([\u4e00-\u9fff·][\u4e00-\u9fff· ]{1,6}?)\s*([（(][^()（）]{4,80}[)）])")


def _names_with_own_units(line: str) -> list[Name]:
    """'张广汇 (黑龙江省减灾中心，哈尔滨150001)张朝(大连海事大学…)': each name followed by its own
    affiliation in brackets; the bracket is the name's marks. [] unless two or more such pairs."""
    names: list[Name] = []
    pos = 0
    while m := NAME_THEN_UNIT_RE.match(line, pos):
        name = m.group(1).replace(" ", "")
        if split_run(name) != (name,) or not AFFILIATION_RE.search(m.group(2)):
            return []
        names.append(Name(name, m.start(1), m.end(1), m.group(2)))
        pos = m.end()
    return names if len(names) >= 2 and not RUN_RE.search(line, pos) else []


PARTICLES = set("的是了们在与及摘要关键词")  # never in a name, whatever the list around it
LISTED_NAMES_RE = re.compile(
    r"^[\s#*]*((?:[\u4e00-\u9fff·]{1,8}[\d¹²³⁴⁵⁶⁷⁸⁹*\\'’]*[，,、 \u3000]+){0,19}[\u4e00-\u9fff·]{2,8})"
    r"[\d¹²³⁴⁵⁶⁷⁸⁹*\\\s]*[（(]([^()（）]{4,160})[)）]"
)


def listed_names_before_unit(line: str) -> list[Name]:
    """'拉玛扎西，才智杰，扎西吉(青海师范大学…)', '首欢容　邓淑卿　徐健(中山大学…)': names set apart
    by commas or spaces (a star may mark one), then the affiliation in brackets; names no surname list knows."""
    m = LISTED_NAMES_RE.match(line)
    if not m or not AFFILIATION_RE.search(m.group(2)):
        return []
    if not re.search(r"[，,、 \u3000]", m.group(1).strip()) and not INSTITUTION_RE.search(m.group(2)):
        return []  # one name alone before its unit ('洗诗晴（北京大学…）'): the bracket must hold an institution
    names = []
    pieces = list(re.finditer(r"[\u4e00-\u9fff·]+", m.group(1)))
    for k, piece in enumerate(pieces):
        text = piece.group()
        plain = text.replace("·", "")
        marked = bool(re.match(r"[\d¹²³⁴⁵⁶⁷⁸⁹]", line[m.start(1) + piece.end() :]))  # '达成¹，张富涛²': a name
        if k == 0 and len(pieces) >= 3 and len(plain) == 1 and marked and surname_length(plain):
            names.append(Name(text, m.start(1) + piece.start(), m.start(1) + piece.end(), ""))
            continue  # '黄1，孙尚彪，杨永章¹，…': a first name the conversion cut to its surname
        if not 2 <= len(plain) <= (8 if "·" in text else 4) or any(c in PARTICLES for c in plain):
            return []
        if any(c in NOT_IN_NAMES for c in plain) and not (
            len(pieces) >= 3 and len(plain) == 3 and surname_length(plain)
        ):
            return []  # '李对红，王裴岩，张桂平，…': in a list of three or more, 对 may be a given name's
        if AFFILIATION_RE.search(text) or (common_word(text, 2000) and not marked):
            return []
        names.append(Name(text, m.start(1) + piece.start(), m.start(1) + piece.end(), ""))
    return names


def parse_byline(line: str) -> list[Name]:
    """The names on a byline, in order, with their offsets in `line`; [] if it is no byline."""
    if own := _names_with_own_units(line):
        return own
    runs = spaced_pairs(line, [(m.start(), m.end(), m.group()) for m in RUN_RE.finditer(line)])
    runs = names_split_by_spaces(line, runs)
    # '黄 粤', '梁 赛', '陈‧阳': a lone character that a space or a dot split from the rest of its name
    merged: list[tuple[int, int, str]] = []
    inner_gap = None  # the gap inside a name just made of two lone characters
    for idx, (start, end, text) in enumerate(runs):
        lone = len(text) == 1 or len(merged[-1][2]) == 1 if merged else False
        # '…研究进展孙永波 王 亚 萨仁娜', '冯斌 李 健': '王', '李' open a name of two spaced characters
        if lone and len(text) == 1 and _pair_follows(line, runs, idx) and _whole_before(merged[-1][2], inner_gap):
            lone = False
        prev = merged[-1][2] if merged else ""
        gap = line[merged[-1][1] : start] if merged else ""
        if lone and len(text) == 1 and len(prev) >= 3 and "·" not in prev and split_run(prev) == (prev,):
            lone = False  # '段尧清 青1': a character doubled by the conversion after a whole name
        if lone and len(text) == 1 and len(prev) == 2 and inner_gap is not None and gap != inner_gap:
            lone = False  # '刘 俊　郭 爽': names set apart by a wider gap than the one inside them
        if lone and len(prev) == 1 and not surname_length(prev) and len(text) == 3 and split_run(text) == (text,):
            lone = False  # '张晗」　走 赵玉虹1,2': a stray character before a whole name, not its surname
        inner_gap = gap if lone and len(text) == 1 and len(prev) == 1 else None
        # '白朔天赵 楠朱廷劭': a space that fell inside a name, between two runs no split reads as names
        split_name = not lone and bool(prev) and gap.strip(" \t\u3000") == "" and misplaced_space(prev, text)
        if (lone or split_name) and gap.strip(" \t\u3000\u2027\u30fb") == "":
            s0, _e0, t0 = merged.pop()
            merged.append((s0, end, t0 + text))
        else:
            merged.append((start, end, text))
    names: list[Name] = []
    lead: tuple[str, ...] = ()  # a name glued to the end of a subtitle ('…背景下的思考董薇')
    for k, (start, _end, text) in enumerate(merged):
        if names and UNIT_OPEN_RE.search(line, 0, start):
            break  # '杨德锋江霞宋倩文(暨南大学…)', '李游（1.国网…': the affiliation in brackets after the names
        if names and len(text) == 1 and not surname_length(text) and k + 1 < len(merged):
            continue  # the stray character '走' in '张晗」　走 赵玉虹1,2'
        pieces = None if AFFILIATION_RE.search(text) and len(text) > 3 else split_run(text.replace(" ", ""))
        if pieces and any(UNIT_HEAD_RE.search(p) for p in pieces):
            pieces = None  # '程学院，广东广州…': a unit's name wrapped onto the line, not a surname and 学院
        if pieces and len(pieces) > 1 and _between_list_commas(line, start, _end, text):
            pieces = (text,)  # '米玛卓嘎’，秦增良²，…': a list's commas part the names, not the surnames
        if pieces is None and names and _marked_name(line, names[-1].end, start, _end, text):
            pieces = (text,)  # '高原4', '也凤亚²' between marked names: a name the surname list misses
        if pieces is None and names and _listed_name(line, names, start, _end, text, bool(lead)):
            # '章侃丰，角媛梅*，刘歆', '林春蕊，许为斌，陈海玲': a name between list commas ('宝音陶格涛' too)
            pieces = (text,) if LIST_GAP_RE.fullmatch(line, names[-1].end, start) else two_glued_names(text)
        if pieces is None and k == 0 and _first_marked_name(line, merged):
            pieces = (text,)  # '果海姣'，刘甘露²，…': a first name the surname list misses, marked like the next
        if pieces is None and four_character_name(text) and k + 1 < len(merged):
            pieces = (text,)  # 张筱骏男: four characters, one surname, among other names
        if pieces is None and (names or k == 0):
            single = bool(names) and bool(LIST_GAP_RE.fullmatch(line, names[-1].end, start))
            before = _name_before_affiliation(text, single)  # '周瑾南方医科大学…': the last names, then stop
            if before:
                _place(line, start, before, names)
            if names:
                break
        if pieces is None:
            quoted = line[start - 1 : start] == "“" and line[_end : _end + 1] == "”"  # '以“…发展平台”为例': no name
            lead = _name_after_text(text) if k + 1 < len(merged) and not quoted else ()
            if not lead:
                if k >= 3:
                    break
                continue  # words of a title or subtitle before the names
            start, pieces = start + len(text) - len(lead[0]), lead
        _place(line, start, pieces, names)
    skipped_words = bool(names) and names[0].start > 0 and bool(RUN_RE.search(line, 0, names[0].start))
    listed = all(LIST_GAP_RE.fullmatch(line, a.end, b.start) for a, b in pairwise(names))  # '许允飞1、2，樊东卫1，…'
    if not names or (len(names) > MAX_NAMES and not listed) or (skipped_words and (not lead or len(names) < 3)):
        return listed_names_before_unit(line)
    names = _with_tail_names(line, with_latin_names(line, names))
    out = []
    for i, n in enumerate(names):
        stop = names[i + 1].start if i + 1 < len(names) else min(len(line), n.end + 12)
        if i + 1 == len(names) and (unit := UNIT_OPEN_BRACKET_RE.search(line, n.end, stop)):
            stop = unit.start()  # '…王如竹(上海交通大学…)': the unit of all the names, not the last one's own
        out.append(Name(n.text, n.start, n.end, line[n.end : stop]))
    return out


def _whole_before(run: str, inner_gap: str | None) -> bool:
    """A run of three or more characters, or a two-character name printed whole (not two spaced
    characters, `inner_gap`), before a pair of spaced characters."""
    return len(run) >= 3 or (len(run) == 2 and inner_gap is None and split_run(run) == (run,))


def _pair_follows(line: str, runs: list[tuple[int, int, str]], idx: int) -> bool:
    """runs[idx], one character, is a surname the next run of one character follows across a space."""
    if idx + 1 >= len(runs) or len(runs[idx + 1][2]) != 1 or not surname_length(runs[idx][2]):
        return False
    return line[runs[idx][1] : runs[idx + 1][0]] in (" ", "\u3000")


def _marked_name(line: str, prev_end: int, start: int, end: int, run: str) -> bool:
    """A run of two to four characters with an affiliation mark after it, following a name
    that has one: a name whatever its characters (not words of an affiliation or an abstract),
    '那顺达来}²' among Mongolian names too."""
    return (
        2 <= len(run) <= 4
        and bool(MARK_RE.search(line, prev_end, start))
        and bool(MARK_AFTER_RE.match(line, end))
        and not AFFILIATION_RE.search(run)
        and not any(c in "的是了们摘要关键词" for c in run)
    )


# the mark after a name, also past a space or a TeX superscript's opening: '吴新年 $^ { 1 , 3 ^ { * } }$'
MARK_AFTER_RE = re.compile(rf"(?:[ \t]*\$?\s*\^\s*\{{\s*|[ \t]?)(?:{MARK_RE.pattern})")


LIST_GAP_RE = re.compile(rf"(?=[^，,、；;]*[，,、；;])[{LIST_MARKS}，,、；;\s]+")  # '2,³，', '；'
LIST_END_RE = re.compile(rf"[{LIST_MARKS}]*\s*(?:[，,、（(]|$)")

# the rest of a list of names the parse stopped in: '，托乎 提努尔1，张萌 1,3'
NAMES_TAIL_RE = re.compile(
    rf"(?:[{LIST_MARKS}\s]*[，,、][{LIST_MARKS}\s]*[\u4e00-\u9fff]{{1,4}}(?:\s[\u4e00-\u9fff]{{1,4}})?)+"
    rf"[{LIST_MARKS}\s,，]*"
)


def _with_tail_names(line: str, names: list[Name]) -> list[Name]:
    """`names` and the names after them up to the line's end, when the rest of the line is a list of short
    runs between list commas: '冶鑫晨1，托乎 提努尔1，张萌 1,3' (a name split by a space is one name)."""
    if len(names) < 2 or not NAMES_TAIL_RE.fullmatch(line, names[-1].end):
        return names
    tail = []
    for m in re.finditer(r"[\u4e00-\u9fff]{1,4}(?:\s[\u4e00-\u9fff]{1,4})?", line[names[-1].end :]):
        text = re.sub(r"\s", "", m.group())
        if not 2 <= len(text) <= 6 or any(c in "的是了们在与及" for c in text) or AFFILIATION_RE.search(text):
            return names  # between list commas '向言词' is a name: only particles rule one out
        if common_word(text, 20) or two_words(text):
            return names  # '经济发展': words, not names
        start = names[-1].end + m.start()
        tail.append(Name(text, start, start + len(m.group()), ""))
    return [*names, *tail]


# '占今舜 赵国琦\*（扬州大学…）': names apart by spaces up to the bracketed unit that ends the byline
SPACE_GAP_RE = re.compile(rf"[{LIST_MARKS}]*[ \t\u3000]+")
SPACED_TAIL_RE = re.compile(
    rf"(?:[{LIST_MARKS}]*[ \t\u3000]+[\u4e00-\u9fff]{{2,4}})*[{LIST_MARKS}]*\s*[（(][^()（）]{{4,160}}[)）]"
)


def _between_list_commas(line: str, start: int, end: int, run: str) -> bool:
    """Four characters set off by list commas (or the line's start) in a line of two or more list commas."""
    before = line[:start].rstrip(f" \t\u3000{LIST_MARKS}")
    return (
        len(run) == 4
        and len(re.findall(r"[，,、]", line)) >= 2
        and (not before.strip(" #*") or before[-1] in "，,、")
        and bool(re.match(rf"[{LIST_MARKS}\s]*[，,、]", line[end:]))
        and not AFFILIATION_RE.search(run)
        and not two_words(run)
    )


def _listed_name(line: str, names: list[Name], start: int, end: int, run: str, after_title: bool = False) -> bool:
    """Two to four characters ('次仁罗布') set off by list commas after the names a line opens with, followed
    by a comma, a bracket or the line's end, or set off by spaces in a line of names (after a title the
    first name is glued to, too: `after_title`) that ends in the bracketed unit or the line: a name
    whatever its characters, unless a word or a unit's."""
    commas = bool(LIST_GAP_RE.fullmatch(line, names[-1].end, start)) and bool(LIST_END_RE.match(line, end))
    marked = bool(MARK_AFTER_RE.match(line, end + line.startswith("\\", end)))  # a Markdown escape before *
    spaces = bool(SPACE_GAP_RE.fullmatch(line, names[-1].end, start)) and (
        bool(SPACED_TAIL_RE.match(line, end)) or ((len(run) <= 3 or marked) and _names_to_line_end(line, end))
    )
    return (
        # '托乎提努尔' between list commas, '王亚萨仁娜*' marked among spaces: Uyghur and Mongolian names
        2 <= len(run) <= (5 if commas or (spaces and marked) else 4)
        and not two_words(run)  # '经济发展'
        and ((after_title and spaces) or not line[: names[0].start].strip(" #*\t\u3000"))
        and (commas or spaces)
        and not AFFILIATION_RE.search(run)
        and not any(c in "的是了们在与及摘要关键词" for c in run)
        and not common_word(run, 20)
    )


SPACED_END_RE = re.compile(rf"(?:[{LIST_MARKS}]*[ \t\u3000]+[\u4e00-\u9fff]{{2,4}})*[{LIST_MARKS}]*\s*")


def _names_to_line_end(line: str, end: int) -> bool:
    """Only short runs apart by spaces up to the line's end, all read as names: '柳王娟 定险峰 程晓荣 范炤'."""
    tail = SPACED_END_RE.fullmatch(line, end)
    return bool(tail) and all(split_run(run) for run in RUN_RE.findall(line, end))


def _first_marked_name(line: str, runs: list[tuple[int, int, str]]) -> bool:
    """The line's first run, two or three characters with a mark after it, followed by a
    marked name, or with a list comma after it, followed by a name ('候 婷,宋琼,…', the surname
    misread): a name whatever its characters."""
    if len(runs) < 2 or line[: runs[0][0]].strip(" #*\t"):
        return False
    (_start, end, run), (s1, e1, nxt) = runs[0], runs[1]
    listed = bool(LIST_GAP_RE.fullmatch(line, end, s1)) and (
        split_run(nxt) == (nxt,) or bool(_name_before_affiliation(nxt, True))  # '年素娟,任蔚虹杭州市西溪医院'
    )
    # '买买提阿依甫，吾守尔·斯拉木，…': among transliterated names, one printed without its middle dot
    longest = 6 if listed and "·" in nxt else 3
    plain = 2 <= len(run) <= longest and not AFFILIATION_RE.search(run) and not any(c in NOT_IN_NAMES for c in run)
    plain = plain and not common_word(run)
    return plain and (listed or (bool(MARK_RE.match(line, end)) and _marked_name(line, end, s1, e1, nxt)))


def _place(line: str, start: int, pieces: tuple[str, ...], names: list[Name]) -> None:
    """Append the names `pieces`, found in order in `line` from `start` (spaces may sit inside)."""
    pos = start
    for piece in pieces:
        first = line.find(piece[0], pos)
        last = first
        for ch in piece[1:]:
            last = line.find(ch, last + 1)
        names.append(Name(piece, first, last + 1, ""))
        pos = last + 1


def _first_word_length(text: str) -> int:
    words = [w for w, _s, _e in tokenizer().tokenize(text[:12])]
    return len(words[0]) if words else 0


# words an institution's name is cut inside of: '暨南|大学', '南方医|科大学' (INSTITUTION_RE lacks 医科, 师范, 理工)
UNIT_HEAD_RE = re.compile(r"大学|学院|医院|研究[所院]|科学院|师范|理工|医科")


def _name_before_affiliation(run: str, single: bool = False) -> tuple[str, ...]:
    """'周瑾南方医科大学' -> ('周瑾',), '许亚宾李红军中国科学院…' -> ('许亚宾', '李红军'): names glued to
    the affiliation after them, cut where the affiliation starts best (a common word, a long first word)."""
    if common_word(run[:2]) and surname_length(run) != 2:  # '国家电网…' begins with a word; '欧阳贺月…' a name
        return ()
    best: tuple[tuple[bool, int, int, int], tuple[str, ...]] | None = None
    for cut in range(2, min(len(run) - 3, 3 * MAX_NAMES)):
        names = split_run(run[:cut])
        if single and names and len(names) > 1:
            continue  # after a list comma one name is glued to the unit: '朱宾宾东北林业大学', not 朱宾 and 宾东北
        if not names or any(common_word(n) or INSTITUTION_RE.search(n) for n in names):
            continue  # '林大学': a name does not hold an institution's word
        if not AFFILIATION_RE.search(run[cut:]) or "的" in run[cut : cut + 25]:
            continue  # '全科|医学研究中混合方法研究的设计…': a title's words, not a unit
        if any(w.start() < cut + 1 and cut < w.end() for w in UNIT_HEAD_RE.finditer(run)):
            continue  # '暨南|大学…', '暨南大|学…': the cut leaves an institution without its name
        four = sum(len(n) == 4 and "·" not in n for n in names)  # rare: a cut that needs them is suspect
        score = (common_word(run[cut : cut + 2]), -four, _first_word_length(run[cut:]), -cut)
        if best is None or score > best[0]:
            best = (score, names)
    return best[1] if best else ()


GIVEN_WORD_FREQUENCY = 5000  # a word this common (系统, 文化) closes a title, not a name glued after it


def _name_after_text(run: str) -> tuple[str, ...]:
    """'…背景下的思考董薇' -> ('董薇',): a name at the end of a run of other words, never the end of a
    subtitle that names its case ('以…羊汤河段为例': no 段为例)."""
    if run.endswith("为例"):
        return ()
    for k in (3, 2):
        given_word = k == 3 and common_word(run[-2:], GIVEN_WORD_FREQUENCY)  # '…营养素感应系统': 系统 is no given name
        if len(run) > k + 1 and is_name(run[-k:]) and not common_word(run[-k:]) and not given_word:
            return (run[-k:],)
    return ()
