"""Find the reference list and cut it into entries, on the text as converted (line breaks kept).

The list starts under its heading (参考文献, 参考文献(References)：, References, 注释 …),
the last such heading with entries under it; without one, at a run of entries
numbered 1, 2, 3 in the second half of the document. It ends at a heading or a
labelled block that is no entry (作者贡献声明, 附录, an English title block), unless
the entries go on after it (a contribution statement or the first page's notes that
the conversion put inside the list); a list printed after the contribution statement
under its empty heading is read from there.

Numbered lists are cut by their labels in sequence (``numbered_entries.py``).
Unnumbered lists are one entry a line, a line joining the previous entry when that
one is unfinished, and author-year entries that lost their line breaks cut apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from npf_graph.extract.numbered_entries import Entry, glued_unlabelled, label_re, numbered_entries
from npf_graph.extract.page_jumps import JUMP_LINE_RE, list_goes_on, list_resumes, other_articles
from npf_graph.extract.refheadings import (
    HEADING_RE,
    INLINE_HEADING_RE,
    LAX_YEAR_RE,
    OCR_YEAR_RE,
    STOP_RE,
    YEAR_RE,
)
from npf_graph.extract.work_pairs import translated
from npf_graph.ingest.chars import LATIN_LETTERS, is_cjk


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
SOURCE_END_RE = re.compile(r"\d+\s*\([\dA-Za-z\-]+\)\s*[,，:]\s*\w+(?:\s*[-–]\s*\d+)?\.?\s*$")


def _line_entries(text: str, start: int, end: int) -> list[Entry]:
    entries: list[Entry] = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        body = re.sub(r"^(?:\\?[*＊])\s*", "", line.strip())  # '\*Aleksic…': a meta-analysis's mark
        if not body or PAGE_NOTE_RE.match(body):  # '收稿日期：2019-03-01': the first page's note, put inside
            continue
        lead = len(line) - len(line.lstrip())
        finished = not entries or re.search(r"[.。．)）\]]\s*$|\d\s*$", text[entries[-1].start : entries[-1].end])
        translation = bool(re.match(r"^[\[［(（](?!\s*\d)", body))  # the entry again, in the other language
        source = bool(SOURCE_START_RE.match(body)) and not _starts_entry(body)  # the journal, split off by the page
        zh_source = bool(entries and ZH_SOURCE_START_RE.match(body) and not _has_year(text, entries[-1]))
        if entries and (translation or source or zh_source or (not finished and not _starts_entry(body))):
            entries[-1] = Entry(entries[-1].start, e, None)
        elif YEAR_RE.search(body) or OCR_YEAR_RE.search(body) or _starts_entry(body):
            entries.append(Entry(s + lead, e, None))
        elif entries and finished and (GARBLED_HEAD_RE.match(body) or SOURCE_END_RE.search(body)):
            entries.append(Entry(s + lead, e, None))
        elif entries and len(body) > 300:
            break
    entries = [Entry(x.start, x.start + len(text[x.start : x.end].rstrip()), x.label) for x in entries]
    runs = [piece for x in entries for part in _labelled_run_on(text, x) for piece in _run_together(text, part)]
    return [piece for run in runs for piece in glued_unlabelled(text, run)]  # '…231-234.黄华,牛智有.…[J].…


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
    r"|(?<=\d)[ \t]*+(?=[\u4e00-\u9fff])|(?<=\d)[ \t]+(?=[A-Z])"
    r"|(?<=[\]］])(?=[A-Z]{2,}\s+[A-Z]{1,3}\s*[,，])"  # '…2021-09-08]BROOKS CV, CHIEN DJ,1966.': after a translation
)
NUMBERED_RE = re.compile(r"[\[［]\s*\d|\d{1,3}(?:[.．、]|(?=[^\d\s]))")  # not a line number: '4 Ersche,K.D.,…'
NOT_AN_END_RE = re.compile(r"(?:[.．,，]\s?[.．]|…|\b[A-Z]\.)[.。．]?$")  # an ellipsis, damaged or not, or an initial
# '(2016)', '(2O16,January)', and years the conversion cut short, read with a letter: '(O15)', '(Oo)', '(2o)'
READ_YEAR = r"(?:19|2[0oO])[\doOlI]{2}"  # a year, maybe with letters read for digits ('20O5', '2Ol2')
AUTHOR_YEAR_RE = re.compile(
    rf"[(（]\s*(?:{READ_YEAR}[a-z]?(?:\s*[,，]\s*[A-Z][a-z]+)?|(?=\d?[oOlI])[\doOlI]{{2,3}})\s*[)）]"
    rf"|[，,．.]\s*{READ_YEAR}[a-z]?\s*[，,:：.．]"  # 'GUO DL, BI YD, et al.,20O5.'
)


def _names_head(head: str) -> bool:
    """An author-year entry's head inside a run: a Chinese name of two to four characters
    ('郭永玉，杨沈龙…', not '博士学位论文．北京师范大学.'), or a Latin author-first head."""
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
    or a DOI that ends it ('…/RI-LTA.shtml Nylund,K.(20o7)', '…9135-y Wang, J.,')."""
    ends = [
        m
        for m in ENTRY_END_RE.finditer(text, start, end)
        if not NOT_AN_END_RE.search(text, max(0, m.start() - 4), m.start())
    ]
    links = [
        m
        for m in AFTER_LINK_RE.finditer(text, start, end)
        if LINK_END_RE.search(text, max(0, m.start() - 300), m.start())
    ]
    yield from sorted({m.start(): m for m in [*links, *ends]}.values(), key=lambda m: m.start())


AFTER_LINK_RE = re.compile(r"(?<=[\w/])[ \t]+(?=[A-Z])")
LINK_END_RE = re.compile(r"(?:https?://|www\.|doi\s*[:：]\s*|\b10\.\d{4,9}/)[^\s\]］]*$", re.I)  # a bracket ends it


def _region_end(text: str, start: int, cited: int = 0) -> int:
    """The first line after `start` that stops the list (a non-entry heading or labelled block);
    `cited`: the highest label the body cites, which a page jump inside the list does not end."""
    pos = text.find("\n", start)
    while pos >= 0:
        line_start = pos + 1
        pos = text.find("\n", line_start)
        line = text[line_start : len(text) if pos < 0 else pos]
        if JUMP_LINE_RE.match(line) and list_goes_on(text, line_start, cited):
            continue
        if STOP_RE.match(line) and not JUMP_LINE_RE.match(line) and list_resumes(text, line_start, cited):
            continue  # '# 作者贡献说明：' / '[17]王莉丽.…' / '[18]…': the statement put inside the list's column
        if PAGE_NOTE_RE.match(line) and _author_year_around(text, line_start):
            continue  # '…(2018).Eye-Tracking…' / '收稿日期：2019-03-01' / '通讯作者：…' / 'Fox,E., … (2015).'
        if STOP_RE.match(line) or HEADING_RE.match(line):
            return line_start
        if re.match(r"^\s*#\s", line) and not YEAR_RE.search(line) and not _entry_follows(text, pos, line):
            if list_resumes(text, line_start, cited):
                continue
            return line_start
    return len(text)


# the first page's notes, which the conversion may put inside the list
PAGE_NOTE_RE = re.compile(r"[ \t#*]*(?:收稿日期|修回日期|通[讯信]作者|基金项目|作者简介)")


def _author_year_around(text: str, pos: int) -> bool:
    """An author-year entry opens one of the two lines before `pos` and one of the four after it."""
    before = [ln.strip() for ln in text[max(0, pos - 800) : pos].split("\n") if ln.strip()][-2:]
    after = [ln.strip() for ln in text[pos : pos + 1500].split("\n") if ln.strip()][1:5]
    return any(map(_author_year_head, before)) and any(map(_author_year_head, after))


def _author_year_head(line: str) -> bool:
    return _starts_entry(line) and bool(AUTHOR_YEAR_RE.search(line, 0, 250))


CITED_RE = re.compile(r"[\[［]\s*\d{1,3}(?:\s*[,，\-–~]\s*\d{1,3})*\s*[\]］]")


def cited_max(text: str, end: int) -> int:
    """The highest label that a bracketed marker ('[4]', '[2-13]', '[4,7]') before `end` names; not one
    far past every other, two labels run together ('[67]' for 6 and 7 where the rest go up to 27)."""
    labels: set[int] = set()
    for m in CITED_RE.finditer(text, 0, end):
        for part in re.split(r"\s*[,，]\s*", m.group().strip("[]［］ ")):
            bounds = [int(n) for n in re.findall(r"\d+", part)]
            low, high = min(bounds), max(bounds)
            labels.update(range(low, high + 1) if high - low <= 200 else bounds)
    ranked = sorted(labels)
    if len(ranked) >= 2 and ranked[-1] > max(2 * ranked[-2], ranked[-2] + 10):
        ranked.pop()
    return ranked[-1] if ranked else 0


NEXT_ENTRY_RE = re.compile(r"\s*+[\[［]\s?\d{1,3}\s?[\]］」]")


NEAR_ENTRY_RE = re.compile(r"\n[ \t]*+[\[［]\s?\d{1,3}\s?[\]］」]")


def _entry_follows(text: str, pos: int, heading: str = "") -> bool:
    """A numbered entry on the next non-empty line, or a short heading with one a few lines
    on (the rest of an entry split by the page in between): a running head, not a new section."""
    if pos < 0:
        return False
    if NEXT_ENTRY_RE.match(text, pos):
        return True
    after = [line for line in text[pos : pos + 600].split("\n") if line.strip()][:3]
    if len(after) >= 2 and after[0].lstrip().startswith("#") and NEXT_ENTRY_RE.match(after[1]):
        return True  # a running head of two lines: the paper's title, then its authors
    if after and _starts_entry(after[0].strip()) and AUTHOR_YEAR_RE.search(after[0]):
        return True  # '# “吃亏是福”…' between 'Bentler,P.M.,…' and 'Birnbaum,M.H.(Ed.).(1997)…': a running head
    short = len(heading.lstrip("# ").strip()) <= 12 and not re.match(r"^[#\s]*\d", heading)
    cut = _cut_mid_entry(text, pos - len(heading))
    if short and cut and INLINE_ENTRY_RE.search(text, pos, pos + 600):
        return True  # '…Yuan' / '# 干旱区地理' / 'Xing,et al.…] [22] 谢正辉…': the entry goes on, then the next
    if short and after and HEAD_THEN_ENTRY_RE.match(after[0]):
        return True  # '# 中国生物工程杂志' / 'China Biotechnology [7] Xing S F, …': a running head of two lines
    # '…CHEN Maozhang. An' / '# WORD批量转PDF工具-未注册…' / 'CompressorBlade[J]…' / '[8] 宋寅…': a watermark
    return (short or cut) and bool(NEAR_ENTRY_RE.search(text[pos : pos + 400]))


HEAD_THEN_ENTRY_RE = re.compile(r"\s*[^\n\[［]{1,40}?[\[［]\s?\d{1,3}\s?[\]］]\s*[A-Z\u4e00-\u9fff]")


INLINE_ENTRY_RE = re.compile(r"[.．\]］][ \t]*[\[［]\d{1,3}[\]］]")


def _cut_mid_entry(text: str, pos: int) -> bool:
    """The last non-empty line before `pos` stops inside a word or a phrase: an entry the page cut."""
    before = text[max(0, pos - 300) : pos].rstrip()
    return bool(re.search(r"[A-Za-z\u4e00-\u9fff,，:：(（\-–]$", before))


def find_list(text: str, other: list[tuple[int, int]] | None = None) -> tuple[int, int, list[Entry]] | None:
    """(region start, region end, entries) of the reference list in `text`, or None; a heading
    inside `other` (other articles' text, `other_articles(text)` when not given) is passed over."""
    other = other_articles(text) if other is None else other
    headings = sorted([*HEADING_RE.finditer(text), *INLINE_HEADING_RE.finditer(text)], key=lambda m: m.start())
    for m in reversed(headings):
        if any(a <= m.start() < b for a, b in other):
            continue
        start = m.end()
        cited = cited_max(text, m.start())
        end = _region_end(text, start, cited)
        entries = cut_entries(text, start, end)
        if not entries and (after := _after_statement(text, start, end, cited)) is not None:
            label, start = after  # '# 参考文献:' / '# 作者贡献声明' / '…分析。 2[]郭雷.…': printed after the statement
            end = _region_end(text, start, cited)
            entries = numbered_entries(text, start, end, first_label=label)
        if entries:
            return start, end, entries
    return _unheaded_list(text)


STATEMENT_RE = re.compile(r"[ \t#*]*(?:作者贡献|利益冲突)")
STATEMENT_REACH = 3000  # how far past the statement's heading the list's first entry may stand


def _after_statement(text: str, start: int, end: int, cited: int) -> tuple[int, int] | None:
    """(first label, where it stands) of a list printed after the authors' contribution statement
    that follows its empty heading: labels 1, 2 or 3, then the next, within reach of the statement,
    the body citing the next, each with a year (not the numbered units of an English byline)."""
    if text[start:end].strip() or not STATEMENT_RE.match(text, end):
        return None
    found = [(m.start(), k, m.end()) for k in (1, 2, 3) if (m := label_re(k).search(text, end, end + STATEMENT_REACH))]
    if not found:
        return None
    at, k, after = min(found)
    nxt = label_re(k + 1).search(text, after, after + 1500) if k + 1 <= cited else None
    dated = nxt and LAX_YEAR_RE.search(text, at, nxt.start()) and LAX_YEAR_RE.search(text, nxt.end(), nxt.end() + 400)
    return (k, at) if dated else None


def cut_entries(text: str, start: int, end: int) -> list[Entry]:
    start += len(text[start:end]) - len(text[start:end].lstrip())
    first = text[start:end]
    if stray := STRAY_BEFORE_FIRST_RE.match(first):  # '1 2[1]Janssen…': page numbers before the first label
        start, first = start + stray.end(), first[stray.end() :]
    if not label_re(1).match(first) and (prose := PROSE_BEFORE_LIST_RE.match(first)) and "。" in prose.group():
        # '# 参考文献' then the body's last paragraph, which the page break put under it, then '1 诺贝尔奖网站…'
        start, first = start + prose.end(), first[prose.end() :]
    if label_re(1).match(first) or first.startswith("①"):
        entries = numbered_entries(text, start, end)
        if len(entries) >= 1:
            return entries
    if (opening := LEAD_LABEL_RE.match(first)) and _labels_go_on(first, int(opening.group(1))):
        # '[8] 范昊，…[9] OpenAIRE…[10]…': the conversion lost the list's first entries; it is read from there
        return numbered_entries(text, start, end, first_label=int(opening.group(1)))
    second = label_re(2).search(first[:300])
    if first[:1] in "[［" and second and first[: second.start()].count("\n") <= 2:  # '[-」…\n[2]…'
        return numbered_entries(text, start, end, first_lost=True)
    by_lines = _line_entries(text, start, end)
    if second and _first_label_lost(first, second.start(), second.end()):
        # 'http://…\n[2]…': entry 1 lost its label whole; its labels read, unless damaged ones cut them short
        by_labels = numbered_entries(text, start, end, first_lost=True)
        return by_labels if len(by_labels) >= len(by_lines) else by_lines
    return by_lines


def _labels_go_on(first: str, k: int) -> bool:
    """Labels k+1 and k+2 follow an opening label k of 3 or more."""
    nxt = label_re(k + 1, bare=False).search(first) if k >= 3 else None
    return nxt is not None and label_re(k + 2, bare=False).search(first, nxt.end()) is not None


def _first_label_lost(first: str, second: int, after: int) -> bool:
    """The list opens with entry 1 whose label was lost whole: one line of its own before label 2
    ('http://…\n[2]…'), no sentence of prose, and label 3 after label 2."""
    one_line = second >= 10 and "\n" not in first[:second].strip() and "。" not in first[:second]
    return one_line and bool(label_re(3).search(first, after, after + 1500))


PROSE_BEFORE_LIST_RE = re.compile(r"[^\n]{80,2000}\n\s*\n(?=[ \t]*(?:[\[［]\s?1\s?[\]］]|1(?:[ \t]|[.．、])))")
STRAY_BEFORE_FIRST_RE = re.compile(r"[\d \t.．]{1,8}(?=[\[［]\s?1\s?[\]］])")


def _unheaded_list(text: str) -> tuple[int, int, list[Entry]] | None:
    """Without a heading: entries numbered from 1 at line starts in the second half."""
    half = len(text) // 2
    for m in re.finditer(r"(?m)^[ \t]*+[\[［]?[ \t]{0,2}1[ \t]{0,2}[\]］.．、]", text[half:]):
        start = half + m.start()
        entries = numbered_entries(text, start, _region_end(text, start))
        if len(entries) >= 3 and all(LAX_YEAR_RE.search(text[e.start : e.end]) for e in entries[:3]):
            return start, entries[-1].end, entries
    return None
