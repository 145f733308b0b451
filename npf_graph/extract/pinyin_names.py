"""Authors read by their pinyin where no Chinese byline reads: the English byline names them.

A byline the conversion glued to its unit (``里昕四川省社会科学院管理学所``,
``年素娟,任蔚虹杭州市西溪医院``, ``中国科协王春法``) reads as no names, yet the
paper's English block prints the same authors in pinyin (``Li Xin``, ``NIAN Sujuan,
REN Weihong``, ``Wang Chunfa``). A run of characters over the abstract that opens
with a surname and whose readings spell, surname and given name, a pair of names
printed in the paper is an author; the pair is its English name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise, product
from math import prod

from npf_graph.document import Doc
from npf_graph.extract.byline_units import units_below
from npf_graph.extract.frontpage import FRONT_LABEL_INSIDE_RE, head_lines
from npf_graph.extract.name_runs import INSTITUTION_RE
from npf_graph.extract.people import EMAIL_RE
from npf_graph.extract.surnames import COMPOUND, SINGLE
from npf_graph.models import Author

# a syllable of Hanyu Pinyin, loosely: English words rarely split into them ('Lake' does, 'Microbiome' does not)
SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er|an|en|in|un|ia|uo|ua|yu|a|o|e|i|u|v)"
    r"|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)"  # a syllable without an initial opens with a, o or e
)
PINYIN_RE = re.compile(rf"(?:{SYLLABLE}){{1,4}}", re.I)
# two capitalised words in a row, the second perhaps hyphenated ('Shi-Qi') or in capitals ('WANG')
PAIR_RE = re.compile(
    r"(?<![A-Za-z])(?=([A-Z][a-z]+|[A-Z]{2,})[ \u00a0]+([A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?|[A-Z]{2,})(?![A-Za-z]))"
)
CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
NOTE_LABEL_RE = re.compile(r"通[讯信]作者|作者简介|收稿日期")  # '…分会通讯作者：司天梅': no byline after it
MAX_UNIT = 60
MAX_READINGS = 16  # a name whose characters have more readings than this between them is skipped


# 'QI Dongfeng1 YANG Suliang1LIHaijing²XIA Mengfang1', 'WANG Shi-Qil': a name in Pinyin, its surname in capitals,
# maybe glued to the mark of the name before
CAPS_NAME_RE = re.compile(
    r"(?<![A-Za-z])([A-Z]{2,8})\s?([A-Z][a-z]{1,12}(?:-[A-Za-z][a-z]{0,8})?)(?=[\s\d¹²³⁴⁵⁶⁷⁸⁹*\\,，;；'’(（]|$)"
)


def capitalised_names(line: str) -> list[tuple[int, int, str]]:
    """The names in Pinyin with the surname in capitals before the line's first bracket (the units), the
    title perhaps before them ('…in Animals QI Dongfeng1 YANG Suliang1LIHaijing²…'): (start, end, name)."""
    head = re.split(r"[(（]", line, maxsplit=1)[0]
    out = []
    for m in CAPS_NAME_RE.finditer(head):
        given, end = m.group(2), m.end()
        if not PINYIN_RE.fullmatch(given.replace("-", "")) and given.endswith("l"):
            given, end = given[:-1], end - 1  # 'Shi-Qil': the mark 1 read as l
        surname = m.group(1).lower()
        known = surname in surname_spellings() or surname.replace("yu", "v") in surname_spellings()  # 'LYU': 吕
        if known and PINYIN_RE.fullmatch(given.replace("-", "")):
            out.append((m.start(), end, f"{m.group(1)} {given}"))
    return out


@lru_cache(maxsize=8192)
def readings(char: str) -> tuple[str, ...]:
    """The toneless readings of one character ('单' → 'dan', 'chan', 'shan'); () when unknown."""
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda _x: [[""]])[0]
    return tuple(dict.fromkeys(r.replace("ü", "v") for r in found if r))


def english_pairs(text: str) -> dict[tuple[str, str], str]:
    """Every pair of capitalised words in `text`, lower-cased and without hyphens, with the pair as
    printed: ('nian', 'sujuan') → 'NIAN Sujuan'."""
    pairs: dict[tuple[str, str], str] = {}
    for m in PAIR_RE.finditer(text):
        key = (m.group(1).lower(), re.sub(r"[-'’]", "", m.group(2).lower()))  # 'Nan'axue' → 'nanaxue'
        pairs.setdefault(key, f"{m.group(1)} {m.group(2)}")
    return pairs


def _spellings(name: str, surname: int) -> list[tuple[str, str]]:
    """The (surname, given name) spellings of a Chinese name whose surname is `surname` long."""
    family = [readings(c) for c in name[:surname]]
    given = [readings(c) for c in name[surname:]]
    count = prod(len(options) for options in family + given)
    if not count or count > MAX_READINGS:
        return []
    return [("".join(f), "".join(g)) for f in product(*family) for g in product(*given)]


@lru_cache(maxsize=1)
def surname_spellings() -> frozenset[str]:
    """How the surnames of the list are spelled in pinyin: 'wang', 'li', 'ouyang', …"""
    return frozenset("".join(r) for name in SINGLE | COMPOUND for r in product(*(readings(c) for c in name)))


def _english_name(name: str, surname: int, pairs: dict[tuple[str, str], str]) -> str | None:
    for family, given in _spellings(name, surname):
        printed = pairs.get((family, given)) or pairs.get((given, family))
        if printed and (family in surname_spellings() or family.upper() in printed.split()):
            return printed  # a surname the list knows how to spell, or one printed in capitals ('NIAN')
    return None


def pinyin_names(text: str, pairs: dict[tuple[str, str], str]) -> list[tuple[int, int, str]]:
    """(start, end, English name) of each name in `text` printed in `pairs`, in text order; a run
    is read from its start, the longest name first, and a name found is skipped over."""
    found: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for run in CJK_RUN_RE.finditer(text):
        pos = run.start()
        while pos < run.end() - 1:
            hit = None
            surname = _surname_length(text[pos : pos + 2])  # '年素娟' 'NIAN Sujuan': a rarer surname
            for length in (4, 3, 2):
                end = pos + length
                name = text[pos:end]
                if end <= run.end() and length > surname and name not in seen:
                    if english := _english_name(name, surname, pairs):
                        hit = (pos, end, english)
                        break
            if hit is None:
                pos += 1
                continue
            found.append(hit)
            seen.add(text[hit[0] : hit[1]])
            pos = hit[1]
    return found


def pinyin_authors(doc: Doc) -> list[Author]:
    """The authors on the first line over the abstract, a heading excepted, whose names the
    paper also prints in pinyin; each with the units after the last of them."""
    lines = head_lines(doc)
    pairs = english_pairs(doc.source.readable.text) if lines else {}
    for i, line in enumerate(lines if pairs else []):
        head = NOTE_LABEL_RE.split(FRONT_LABEL_INSIDE_RE.split(line.text, maxsplit=1)[0], maxsplit=1)[0]
        names = [] if head.lstrip().startswith("#") else pinyin_names(head, pairs)
        if not names:
            continue
        units = _units(units_below(lines, i, names[-1][1]))
        readable = doc.source.readable
        return [
            Author(
                id=f"author-{doc.record.id[:8]}-{head[start:end]}",
                name=head[start:end],
                name_en=english,
                affiliations=units,
                span=readable.source_span(line.start + start, line.start + end),
            )
            for start, end, english in names
        ]
    return []


def _units(numbered: dict[int, list[str]]) -> list[str]:
    """The units that name an institution, an e-mail address glued on cut off ('腾讯IEG，研发效能部
    firstsg@…'); a biography run on after the names ('男，27岁，祖籍…') is none."""
    units = [EMAIL_RE.split(unit, maxsplit=1)[0].strip(" ,，") for k in sorted(numbered) for unit in numbered[k]]
    return [u for u in units if len(u) <= MAX_UNIT and INSTITUTION_RE.search(u)]


def _surname_length(name: str) -> int:
    """2 for a name opening with a compound surname ('欧阳'), else 1."""
    return 2 if name[:2] in COMPOUND else 1


def _printed_in_pinyin(name: str, pairs: dict[tuple[str, str], str]) -> bool:
    return _english_name(name, _surname_length(name), pairs) is not None


def _glued_in_pinyin(name: str, lowered: str) -> bool:
    """The name's spelling printed as one word ('DINGKe' for 丁珂) in the lower-cased text."""
    return any(
        re.search(rf"(?<![a-z]){family}{given}(?![a-z])", lowered)
        for family, given in _spellings(name, _surname_length(name))
    )


def regrouped_by_pinyin(authors: list[Author], source: str, text: str) -> list[Author]:
    """Two names glued in the byline ('陈群林丁珂'), cut one character off where the English block of
    `text` prints both names so cut ('CHEN Qunlin,DINGKe'), the first as a pair of words, and neither
    as read (陈群, 林丁珂); two glued names that it prints as one name ('王楠阿雪', 'Wang Nan'axue') are one."""
    pairs, lowered = english_pairs(text), text.lower()
    out = _runs_read_by_pinyin(list(authors), source, pairs)
    k = -1
    while (k := k + 1) < len(out) - 1:
        a, b = out[k], out[k + 1]
        if not _glued(a, b, source):
            continue
        run = a.name + b.name
        if len(run) <= 5 and _printed_in_pinyin(run, pairs) and not _printed_in_pinyin(b.name, pairs):
            out[k : k + 2] = [_renamed(a, run, (a.span[0], b.span[1]))]  # '王楠阿雪' printed 'Wang Nan'axue'
            continue
        if _printed_in_pinyin(a.name, pairs) or _printed_in_pinyin(b.name, pairs):
            continue
        for cut in (len(a.name) - 1, len(a.name) + 1):
            first, second = run[:cut], run[cut:]
            if min(len(first), len(second)) < 2 or not _printed_in_pinyin(first, pairs):
                continue
            if _printed_in_pinyin(second, pairs) or _glued_in_pinyin(second, lowered):
                at = a.span[0] + cut
                out[k] = _renamed(a, first, (a.span[0], at))
                out[k + 1] = _renamed(b, second, (at, b.span[1]))
                break
    return out


def _runs_read_by_pinyin(authors: list[Author], source: str, pairs: dict[tuple[str, str], str]) -> list[Author]:
    """A byline of three or more names printed without a break ('贾磊徐玉帆王成任俊汪俊'), cut anew where
    the English block prints every name of it ('JIA Lei; XU Yu-fan; WANG Cheng; …'), when the names
    as first cut are not all so printed; the units stay where all names of the run share them."""
    out: list[Author] = []
    k = 0
    while k < len(authors):
        end = k + 1
        while end < len(authors) and _glued(authors[end - 1], authors[end], source):
            end += 1
        run = authors[k:end]
        out.extend(_read_by_pinyin(run, source, pairs) if len(run) >= 2 else run)
        k = end
    return out


def _glued(a: Author, b: Author, source: str) -> bool:
    return bool(a.name and b.name and a.span and b.span and a.span[1] == b.span[0]) and (
        source[a.span[0] : b.span[1]] == f"{a.name}{b.name}"
    )


def _read_by_pinyin(run: list[Author], source: str, pairs: dict[tuple[str, str], str]) -> list[Author]:
    if all(_printed_in_pinyin(a.name or "", pairs) for a in run):
        return run
    start, end = run[0].span or (0, 0), run[-1].span or (0, 0)
    text = source[start[0] : end[1]]
    names = pinyin_names(text, pairs)
    if len(names) < 3 or names[0][0] != 0 or names[-1][1] != len(text):
        return run
    if any(a[1] != b[0] for a, b in pairwise(names)):
        return run  # a character between two names: not a run of names only
    units = {tuple(a.affiliations) for a in run}
    if len(names) != len(run) and len(units) > 1:
        return run  # units assigned to names that are no longer there
    picked = run if len(names) == len(run) else [run[0]] * len(names)
    return [
        _renamed(a, text[s:e], (start[0] + s, start[0] + e)).model_copy(update={"name_en": english})
        for a, (s, e, english) in zip(picked, names, strict=True)
    ]


def _renamed(author: Author, name: str, span: tuple[int, int]) -> Author:
    """`author` under another name ('author-1a2b3c4d-陈群' → 'author-1a2b3c4d-陈群林')."""
    return author.model_copy(update={"id": f"{author.id.rsplit('-', 1)[0]}-{name}", "name": name, "span": span})
