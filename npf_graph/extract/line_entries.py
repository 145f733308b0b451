"""Unnumbered reference lists cut into entries: one a line, a line joining the previous entry when
that one is unfinished, and author-year entries that lost their line breaks cut apart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from npf_graph.extract.glued_entries import Entry, glued_unlabelled
from npf_graph.extract.refheadings import OCR_YEAR_RE, YEAR_RE
from npf_graph.extract.work_pairs import translated
from npf_graph.ingest.chars import LATIN_LETTERS, is_cjk

# the first page's notes, which the conversion may put inside the list
PAGE_NOTE_RE = re.compile(r"[ \t#*]*(?:收稿日期|修回日期|通[讯信]作者|基金项目|作者简介)")


def _starts_entry(line: str) -> bool:
    """'姓名，…' '姓名.(2013)' 'Name, A.' 'NAME A B,' — the head of an author-first entry."""
    return bool(
        re.match(r"^[\u4e00-\u9fff·]{2,5}\s*[，,、.．(（]", line)
        or re.match(rf"^[A-Z][{LATIN_LETTERS}'\-]+\s*[,，]?\s*(?:[A-Z]\.?\s*)+[,.，]", line)  # 'Muthén,B.&…'
        or re.match(
            rf"^(?:(?:[A-Z][a-z]+|van|von|der|den|de|du|da|la|le)\s+){{0,2}}[A-Z][{LATIN_LETTERS}'\-]+\s*[,，]\s*[A-Z]",
            line,
        )
        or re.match(r"^[\u4e00-\u9fff]{2,12}[.．]", line)
    )


# entries the conversion garbled, after a finished one: a surname and comma ('Baldwin,.W99.elatio…'), or a
# source's volume, issue and pages at the end ('…Psychology, 79(2),174-189.')
GARBLED_HEAD_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*,")
SOURCE_START_RE = re.compile(
    r"^[A-Z][A-Za-z0-9 &:\-]{3,80},\s*\d{1,4}\s*(?:\(\s*[\dA-Za-z\-]+\s*\))?\s*,\s*[A-Za-z]?\d"
)
# '饲料工业,2005,26(13):54-59.': a Chinese journal, its year, volume and issue, split off by the page
ZH_SOURCE_START_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}\s*[,，]\s*(?:19|20)\d\d\s*[,，]\s*\d{0,4}\s*[(（]\s*[\dA-Za-z]"
)
NUMBERED_LINE_RE = re.compile(r"\d{1,3}[.．、](?=[ \t]?[\u4e00-\u9fff])")  # a bare label before a Chinese entry
# '云南省教育局，1961，云南方音与普通话语音，…': an author of up to twenty characters (a body), its year and
# its title, each after a comma — not a journal with its volume ('饲料工业,2005,26(13)…')
ZH_COMMA_HEAD_RE = re.compile(
    r"^[\u4e00-\u9fff·]{2,20}\s*[，,]\s*(?:19|20)\d\d[a-z]?\s*[，,]\s*[\u4e00-\u9fff《“A-Za-z]"
)
# a book's place and publisher ('Cham, Switzerland: Springer', 'Charlotte: Information Age'), and the head of
# the next entry's first name ('Shute,V. J.', 'Nicholson S.')
PLACE_PUBLISHER = r"[A-Z][a-z]+(?:,\s?[A-Z][a-z]+)?\s?:\s?[A-Z][A-Za-z&\-]*(?: [A-Z][A-Za-z&\-]*){0,3}"
INVERTED_HEAD = r"[A-Z][A-Za-z'\-]+\s?(?:,\s?)?[A-Z]\."
# the place and publisher before the names of the next entry, on the line after a chapter's pages
PUBLISHER_HEAD_RE = re.compile(rf"{PLACE_PUBLISHER}(?=[ \t]+{INVERTED_HEAD})")
CHAPTER_RE = re.compile(r"\bIn\b|\([Ee]ds?\.?\)|\(pp\.")  # 'In: T. Reiners,& L. Wood(eds),…(pp. 201-207).'
SOURCE_END_RE = re.compile(r"\d+\s*\([\dA-Za-z\-]+\)\s*[,，:]\s*\w+(?:\s*[-–]\s*\d+)?\.?\s*$")


MARK_RE = re.compile(r"^(?:\\?[*＊])\s*")


def line_entries(text: str, start: int, end: int) -> list[Entry]:
    """The entries from `start` to `end`, one a line: a line joins the entry before it while that one is
    unfinished, or as its translation or its journal split off by the page; author-year entries that lost
    their line breaks, and entries glued on after a finished one, are cut apart."""
    entries: list[Entry] = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        body = MARK_RE.sub("", line.strip())  # '\*Aleksic…': a meta-analysis's mark
        if not body or PAGE_NOTE_RE.match(body):  # '收稿日期：2019-03-01': the first page's note, put inside
            continue
        lead = len(line) - len(line.lstrip())
        finished = not entries or re.search(r"[.。．)）\]]\s*$|\d\s*$", text[entries[-1].start : entries[-1].end])
        translation = bool(re.match(r"^[\[［(（](?!\s*\d)", body))  # the entry again, in the other language
        source = bool(SOURCE_START_RE.match(body)) and not _starts_entry(body)  # the journal, split off by the page
        zh_source = bool(entries and ZH_SOURCE_START_RE.match(body) and not _has_year(text, entries[-1]))
        # '2.赵志国．…学' / '报(…)，2013，…', not the pages of an unfinished entry ('…533-' / '534. 吕海姣，…')
        head = _starts_entry(body) or bool(finished and NUMBERED_LINE_RE.match(body))
        head = head or bool(entries and ZH_COMMA_HEAD_RE.match(body) and _has_year(text, entries[-1]))
        if head and not finished and _title_broken_off(text, entries[-1], body):
            head = False  # '…(2013).…——以英语学业能力测' / '验为例.教育研究与实验,(3),78-84.': its title goes on
        publisher = PUBLISHER_HEAD_RE.match(body) if entries else None
        if publisher and CHAPTER_RE.search(text, entries[-1].start, entries[-1].end):
            # 'Cham, Switzerland: Springer Keil, J.,…': the place and publisher of the chapter before, then an entry
            rest = body[publisher.end() :]
            entries[-1] = Entry(entries[-1].start, s + lead + publisher.end(), None)
            entries.append(Entry(s + lead + publisher.end() + len(rest) - len(rest.lstrip()), e, None))
        elif entries and (translation or source or zh_source or (not finished and not head)):
            entries[-1] = Entry(entries[-1].start, e, None)
        elif YEAR_RE.search(body) or OCR_YEAR_RE.search(body) or head:
            entries.append(Entry(s + lead, e, None))
        elif entries and finished and (GARBLED_HEAD_RE.match(body) or SOURCE_END_RE.search(body)):
            entries.append(Entry(s + lead, e, None))
        elif entries and len(body) > 300:
            break
    entries = [Entry(x.start, x.start + len(text[x.start : x.end].rstrip()), x.label) for x in entries]
    runs = [piece for x in entries for part in _labelled_run_on(text, x) for piece in _run_together(text, part)]
    return [piece for run in runs for piece in glued_unlabelled(text, run)]  # '…231-234.黄华,牛智有.…[J].…


# Chinese names or a body, then their year: '张军.(2007)', '陈建军，2010：', '胡晓檬,喻丰,&彭凯平.(2018)',
# '云南省教育局，1961'
ZH_NAMES_YEAR_RE = re.compile(
    r"[\u4e00-\u9fff·]{2,20}(?:(?:\s*[，,、]\s*[&＆]?|\s*[&＆]|[ \t]+)\s*[\u4e00-\u9fff·]{2,5}){0,24}\s*等?\s*"
    r"(?:[.．,，]?\s*[(（]\s*(?:19|2[0oO])[\doOlI]{2}|[，,．.]\s*(?:19|20)\d\d)"
)


def _title_broken_off(text: str, entry: Entry, line: str) -> bool:
    """An author-year entry broken off inside its title ('…(2013).…——以英语学业能力测'), and a line in
    Chinese after it whose head is no names with their year ('验为例.教育研究与实验,…'): the title's rest."""
    head = text[entry.start : min(entry.end, entry.start + 120)]
    return bool(ZH_NAMES_YEAR_RE.match(head)) and is_cjk(line[:1]) and not ZH_NAMES_YEAR_RE.match(line)


def _has_year(text: str, entry: Entry) -> bool:
    """The entry holds a year: a journal line after it is no part of it."""
    return bool(YEAR_RE.search(text, entry.start, entry.end))


def _pieces(text: str, cuts: list[int], end: int) -> list[Entry]:
    """The entries from each cut to the next (the last to `end`), trailing space trimmed."""
    bounds = [*cuts, end]
    return [Entry(a, a + len(text[a:b].rstrip()), None) for a, b in pairwise(bounds)]


LEAD_LABEL_RE = re.compile(r"[\[［]\s*(\d{1,3})\s*[\]］]")
INNER_LABEL_RE = re.compile(r"(?<=[.。．\s])[\[［]\s*(\d{1,3})\s*[\]］]")


def _labelled_run_on(text: str, entry: Entry) -> list[Entry]:
    """'[7] Hofstede G. …, 2001. [8] Greenfield P. M. …': a line that opens with label k and holds
    k + 1, k + 2 … after the end of a sentence is as many entries."""
    head = LEAD_LABEL_RE.match(text, entry.start)
    if not head:
        return [entry]
    k, cuts = int(head.group(1)), [entry.start]
    for m in INNER_LABEL_RE.finditer(text, head.end(), entry.end):
        if int(m.group(1)) == k + 1:
            cuts.append(m.start())
            k += 1
    return _pieces(text, cuts, entry.end)


RUN_ON_MIN = 80  # an entry this long may be several that lost their line breaks
# '…54-58傅鑫媛.(2016)…', '…doi: 10.1086/260600 Asch,P., …', '…2013-03-002 顾俊娟，…': after a full stop, or
# after digits
ENTRY_END_RE = re.compile(
    r"(?<=[.。．])[ \t]*+(?=\S)|(?<=[.。．][\]］])[ \t]*+(?=\S)"
    r"|(?<=\d)[ \t]*+(?=[\u4e00-\u9fff])(?![ \t]*页)|(?<=\d)[ \t]+(?=[A-Z])"
    # '…2-7页陈其光，1994，…', '…北京：中华书局王力，2014（1931初版），…': after the pages or the publisher
    r"|(?<=\d页)|(?<=\d[ \t]页)|(?:(?<=出版社)|(?<=书局)|(?<=书店)|(?<=印书馆))(?=[\u4e00-\u9fff])"
    r"|(?<=[\]］])(?=[A-Z]{2,}\s+[A-Z]{1,3}\s*[,，])"  # '…2021-09-08]BROOKS CV, CHIEN DJ,1966.': after a translation
)
NUMBERED_RE = re.compile(r"[\[［]\s*\d|\d{1,3}(?:[.．、]|(?=[^\d\s]))")  # not a line number: '4 Ersche,K.D.,…'
NOT_AN_END_RE = re.compile(r"(?:[.．,，]\s?[.．]|…|\b[A-Z]\.)[.。．]?$")  # an ellipsis, damaged or not, or an initial
# '(2016)', '(2O16,January)', '(2016-6-15)', and years the conversion cut short: '(218)', with a letter
# '(O15)', '(Oo)', '(2o)'
READ_YEAR = r"(?:19|2[0oO])[\doOlIi]{2}"  # a year, maybe with letters read for digits ('20O5', '2Ol2', '20i2')
AUTHOR_YEAR_RE = re.compile(
    rf"[(（]\s*(?:{READ_YEAR}[a-z]?(?:\s*[,，]\s*[A-Z][a-z]+|(?:-\d{{1,2}}){{1,2}})?|(?=\d?[oOlI])[\doOlI]{{2,3}}|[12]\d\d)\s*[)）]"
    rf"|[，,．.]\s*{READ_YEAR}[a-z]?\s*[，,:：.．]"  # 'GUO DL, BI YD, et al.,20O5.'
    rf"|[，,]\s*{READ_YEAR}\s*[(（]\s*{READ_YEAR}\s*初版\s*[)）]"  # '刘复，1951（1924初版），': a reprint's year
)


def _names_head(head: str) -> bool:
    """An author-year entry's head inside a run: a Chinese name of two to four characters
    ('郭永玉，杨沈龙…', not '博士学位论文．北京师范大学.'), or a Latin author-first head."""
    head = MARK_RE.sub("", head, count=1)  # '\\*程敏.(2015)…': a meta-analysis's mark on a study it pools
    if ZH_SOURCE_START_RE.match(head):
        return False  # '饲料工业,2005,26(13)…': a journal, its year and issue
    if is_cjk(head[:1]):  # not '第八届（2013）中国管理学年会…', an ordinal
        return bool(re.match(r"(?!第)[\u4e00-\u9fff·]{2,4}\s*[，,、.．(（]", head))
    return _starts_entry(head)


def _run_together(text: str, entry: Entry) -> list[Entry]:
    """'…Economics,8,303-327. Bloem,J. R., … (2018). Measuring hope…': author-year entries that
    lost their line breaks, cut where an entry's head (names, then a year within 250 characters)
    follows the end of a sentence."""
    if entry.end - entry.start < RUN_ON_MIN or NUMBERED_RE.match(text, entry.start):
        return [entry]  # a numbered entry's run-on entries carry numbers of their own
    cuts = [entry.start]
    for m in _entry_ends(text, entry.start + 20, entry.end - 20):
        head = text[m.end() : min(entry.end, m.end() + 250)]
        year = AUTHOR_YEAR_RE.search(head)
        if head.startswith("In ") or (year and translated(text[cuts[-1] : m.start()], head[: year.end()])):
            continue  # 'In J. E. Jacobs (Ed.)，…', the book of a chapter; '…Sci45(4)2王雪娇，…2017.', the original
        if PUBLISHER_HEAD_RE.match(head):
            continue  # '…(pp. 3-11). Cham, Switzerland: Springer Manera, V.,…': the chapter's publisher
        if TYPE_CODE_END_RE.search(text, cuts[-1], m.end()):
            continue  # '…spinal stenosis.[J]. BMJ,2016,4(352):h6234.': the journal after the type code
        shortest = 20 if is_cjk(head[:1]) else 40  # '陆学艺.(2002)．…出版社.' is short
        # names hold no digits ('…54-58傅鑫媛.(2016)'), and the year is the head's own, not a translation's
        own = year and not re.search(r"\d|[\[［](?=[\u4e00-\u9fff])", head[: year.start()])
        if m.end() - cuts[-1] > shortest and own and _names_head(head) and not _later_head(head, year.start()):
            cuts.append(m.end())
    return _pieces(text, cuts, entry.end) if len(cuts) >= 2 else [entry]


TYPE_CODE_END_RE = re.compile(r"[\[［][A-Z]{1,2}(?:/[A-Z]{2})?[\]］]\s*[.．]?\s*$")


def _later_head(head: str, year: int) -> bool:
    """Another entry's head starts after a full stop before the year ('…Hinsdale,IDden. Forster,J.,…(2005)')."""
    return any(_names_head(head[m.end() :]) for m in _entry_ends(head, 1, year))


def _entry_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where an entry may end between `start` and `end`: not inside the authors after an ellipsis
    or an initial ('…Zhao, X.,... Peng, D.(2012)', '…Zhu, Y. Yang, C.'), and after a web address
    or a DOI that ends it ('…/RI-LTA.shtml Nylund,K.(20o7)', '…9135-y Wang, J.,'), and after a book's
    publisher ('…(pp.503-523). Charlotte: Information Age Shute,V.J.,…')."""
    ends = [
        m
        for m in ENTRY_END_RE.finditer(text, start, end)
        if not NOT_AN_END_RE.search(text, max(0, m.start() - 4), m.start())
    ]
    links = [
        m
        for m in AFTER_LINK_RE.finditer(text, start, end)
        if LINK_END_RE.search(text, max(0, m.start() - 300), m.start())
        or (PUBLISHER_END_RE.search(text, max(0, m.start() - 80), m.start()) and INVERTED_HEAD_RE.match(text, m.end()))
    ]
    yield from sorted({m.start(): m for m in [*links, *ends]}.values(), key=lambda m: m.start())


AFTER_LINK_RE = re.compile(r"(?<=[\w/])[ \t]+(?=[A-Z])")
LINK_END_RE = re.compile(r"(?:https?://|www\.|doi\s*[:：]\s*|\b10\.\d{4,9}/)[^\s\]］]*$", re.I)  # a bracket ends it
# '…(pp.31-51). Charlotte: Information Age Shute,V. J. (2011).': a book's place and publisher, no full stop after
INVERTED_HEAD_RE = re.compile(INVERTED_HEAD)
PUBLISHER_END_RE = re.compile(rf"\)\s*[.．]\s*{PLACE_PUBLISHER}$")


def author_year_head(line: str) -> bool:
    """`line` opens an author-year entry: names, then a year in brackets or after a stop."""
    return _starts_entry(line) and bool(AUTHOR_YEAR_RE.search(line, 0, 250))
