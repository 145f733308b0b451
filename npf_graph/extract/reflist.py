"""Find the reference list and cut it into entries, on the text as converted (line breaks kept).

The list starts under its heading (参考文献, 参考文献(References)：, References, 注释 …),
the last such heading with entries under it; without one, at a run of entries
numbered 1, 2, 3 in the second half of the document (from its third tenth on where
type codes show them entries), or at three lines in a row that open author-year entries. It ends at a heading or a
labelled block that is no entry (作者贡献声明, 附录, an English title block), unless
the entries go on after it (a contribution statement or the first page's notes that
the conversion put inside the list); a list printed after the contribution statement
under its empty heading is read from there.

Numbered lists are cut by their labels in sequence (``numbered_entries.py``).
Unnumbered lists are cut line by line (``line_entries.py``).
"""

from __future__ import annotations

import re

from npf_graph.extract.glued_entries import TYPE_CODE_RE, Entry
from npf_graph.extract.line_entries import LEAD_LABEL_RE, PAGE_NOTE_RE, author_year_head, line_entries
from npf_graph.extract.numbered_entries import label_re, line_label_re, numbered_entries
from npf_graph.extract.page_jumps import JUMP_LINE_RE, list_goes_on, list_resumes, list_taken_up, other_articles
from npf_graph.extract.refheadings import (
    HEADING_RE,
    INLINE_HEADING_RE,
    LAX_YEAR_RE,
    STOP_RE,
    YEAR_RE,
)
from npf_graph.ingest.chars import SPACES_RE


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
        if JUMP_LINE_RE.match(line) and (back := list_taken_up(text, line_start, cited)) is not None:
            pos = text.find("\n", back)  # '（下转431页）' / other articles' entries / '(上接415页）' / '[2]…'
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


def _author_year_around(text: str, pos: int) -> bool:
    """An author-year entry opens one of the two lines before `pos` and one of the four after it."""
    before = [ln.strip() for ln in text[max(0, pos - 800) : pos].split("\n") if ln.strip()][-2:]
    after = [ln.strip() for ln in text[pos : pos + 1500].split("\n") if ln.strip()][1:5]
    return any(map(author_year_head, before)) and any(map(author_year_head, after))


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
    if after and author_year_head(after[0].strip()):
        return True  # '# “吃亏是福”…' between 'Bentler,P.M.,…' and 'Birnbaum,M.H.(Ed.).(1997)…': a running head
    short = len(heading.lstrip("# ").strip()) <= 12 and not re.match(r"^[#\s]*\d", heading)
    if short and any(author_year_head(line.strip()) for line in after):
        return True  # '# ChinaXiv合作期刊' / 'Nangning:…' (an entry's rest) / 'LIN JX,…,2013.…': a page's masthead
    cut = _cut_mid_entry(text, pos - len(heading))
    if short and cut and INLINE_ENTRY_RE.search(text, pos, pos + 600):
        return True  # '…Yuan' / '# 干旱区地理' / 'Xing,et al.…] [22] 谢正辉…': the entry goes on, then the next
    if cut and after and INLINE_ENTRY_RE.search(after[0]):
        return True  # '…Society of Mechanical' / '# WORD批量转PDF工具-未注册…' / 'Engineers,2012:535-541. [13]Tsai…'
    if short and after and HEAD_THEN_ENTRY_RE.match(after[0]):
        return True  # '# 中国生物工程杂志' / 'China Biotechnology [7] Xing S F, …': a running head of two lines
    # '…CHEN Maozhang. An' / '# WORD批量转PDF工具-未注册…' / 'CompressorBlade[J]…' / '[8] 宋寅…': a watermark
    if (short or cut) and NEAR_ENTRY_RE.search(text[pos : pos + 400]):
        return True
    # '19Baglatzi A，…' / '# JL' / 'org/lsc/ns/' / '20 Zhao J.Open…': a bare label, not a new list's first
    return short and bool(BARE_NEAR_ENTRY_RE.search(text[pos : pos + 400]))


# a bare label past 1 at a line start, then an entry's first author: 'Zhao J.', 'Shotton D,', '王茜，'
BARE_NEAR_ENTRY_RE = re.compile(
    r"\n[ \t]*+(?:[2-9]|[1-9]\d{1,2})[ \t]?(?:[A-Z][a-z]+\s?[A-Z]{1,3}\s?[.,，]|[\u4e00-\u9fff]{2,4}[,，.．])"
)


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
        if table := FLOAT_BEFORE_LIST_RE.match(text, SPACES_RE.match(text, start).end()):
            start = table.end()  # '# 参考文献：' / '表4…' / '<html>…</html>' / '[1]…': the table is the body's
        cited = cited_max(text, m.start())
        end = _region_end(text, start, cited)
        entries = [_short_of(text, e, other) for e in cut_entries(_masked(text, other, start, end), start, end)]
        if not entries and (after := _after_statement(text, start, end, cited)) is not None:
            label, start = after  # '# 参考文献:' / '# 作者贡献声明' / '…分析。 2[]郭雷.…': printed after the statement
            end = _region_end(text, start, cited)
            entries = numbered_entries(text, start, end, first_label=label)
        if entries:
            if above := _entries_above(text, m.start(), entries, cited):
                return above[0].start, end, above + entries
            return start, end, entries
    return _unheaded_list(text)


def _entries_above(text: str, heading: int, under: list[Entry], cited: int) -> list[Entry]:
    """'[2]Cootes TF,…' … '[17]Shao Y,…' / '# 参考文献：' / '[1]Armato SG,…': the conversion put the heading
    and the list's first entry under the rest of it. The entries from label 2 on, in the lines right over
    the heading (the tail of entry 1 before them is left out), come first; their labels run on to about
    the highest label the body cites."""
    if len(under) > 2 or under[0].label != "1" or cited < 5:
        return []
    two = line_label_re(2).search(text, _entries_before(text, heading), heading)
    above = numbered_entries(text, two.start(), heading, first_label=2) if two else []
    last = above[-1].label if above else None
    reach = last is not None and last.isdigit() and int(last) >= cited - 2
    return above if reach and len(above) + len(under) >= cited - 2 else []


def _masked(text: str, other: list[tuple[int, int]], start: int, end: int) -> str:
    """`text` with other articles' stretches inside [start, end) blanked out, offsets kept: the entries
    of another article between two page jumps are no entries of this list."""
    inside = [(max(a, start), min(b, end)) for a, b in other if a < end and b > start]
    for a, b in inside:
        text = text[:a] + re.sub(r"\S", " ", text[a:b]) + text[b:]
    return text


def _short_of(text: str, entry: Entry, other: list[tuple[int, int]]) -> Entry:
    """`entry` ended where other articles' text begins inside it ('…165-76.' / '（下转431页）' / …)."""
    stop = min((a for a, _ in other if entry.start < a < entry.end), default=entry.end)
    if stop == entry.end:
        return entry
    while stop > entry.start and text[stop - 1].isspace():
        stop -= 1
    return Entry(entry.start, stop, entry.label)


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
    if garbled := GARBLE_BEFORE_LABEL_RE.match(first):  # '∠UI5-UJ-∠y （AUɔ) [3] Bruegel.…': a footer garbled
        if (opening := LEAD_LABEL_RE.match(first, garbled.end())) and _labels_go_on(first, int(opening.group(1))):
            start, first = start + garbled.end(), first[garbled.end() :]
    if (opening := LEAD_LABEL_RE.match(first)) and _labels_go_on(first, int(opening.group(1))):
        # '[8] 范昊，…[9] OpenAIRE…[10]…': the conversion lost the list's first entries; it is read from there
        return numbered_entries(text, start, end, first_label=int(opening.group(1)))
    if (opening := LABEL_THEN_BRACKETS_RE.match(first)) and _labels_go_on(first, int(opening.group(1)), lowest=2):
        return numbered_entries(text, start, end, first_label=int(opening.group(1)))  # '2[]郭凤娇,…' / '3[]李武.…'
    if (line := _entry_tail(first)) and (opening := LEAD_LABEL_RE.match(first, line.end())):
        if _labels_go_on(first[line.end() :], int(opening.group(1))):  # 'http://…' / '[10]…' / '[11]…': the tail of
            head = Entry(start, start + len(line.group().rstrip()), None)  # an entry the conversion lost the rest of
            return [head, *numbered_entries(text, start + line.end(), end, first_label=int(opening.group(1)))]

    second = label_re(2).search(first[:300])
    if first[:1] in "[［" and second and first[: second.start()].count("\n") <= 2:  # '[-」…\n[2]…'
        return numbered_entries(text, start, end, first_lost=True)
    by_lines = line_entries(text, start, end)
    if second and _first_label_lost(first, second.start(), second.end()):
        # 'http://…\n[2]…': entry 1 lost its label whole; its labels read, unless damaged ones cut them short
        by_labels = numbered_entries(text, start, end, first_lost=True)
        return by_labels if len(by_labels) >= len(by_lines) else by_lines
    return by_lines


LABEL_THEN_BRACKETS_RE = re.compile(r"(\d{1,3})[\[［]\s?[\]］]")  # the brackets after the label: '2[]郭凤娇,…'
LEAD_LINE_RE = re.compile(r"[^\n。]{10,300}\n\s*")  # one line of no prose before the first label left


def _entry_tail(first: str) -> re.Match[str] | None:
    """The line before the first label left, where it is the tail of an entry the conversion lost the
    rest of: no prose, no type code, no year ('http://m.spacemagazines.org/nd.jsp?mid=15…'), not entries
    whose labels were lost ('慕冬冬，…[J].施工技术，2015，…潘珂．…[D].…2014.')."""
    line = LEAD_LINE_RE.match(first)
    if line is None or TYPE_CODE_RE.search(line.group()) or YEAR_RE.search(line.group()):
        return None
    return line


def _labels_go_on(first: str, k: int, lowest: int = 3) -> bool:
    """Labels k+1 and k+2 follow an opening label k of `lowest` or more."""
    nxt = label_re(k + 1, bare=False).search(first) if k >= lowest else None
    return nxt is not None and label_re(k + 2, bare=False).search(first, nxt.end()) is not None


def _first_label_lost(first: str, second: int, after: int) -> bool:
    """The list opens with entry 1 whose label was lost whole: one line of its own before label 2
    ('http://…\n[2]…'), no sentence of prose, and label 3 after label 2."""
    one_line = second >= 10 and "\n" not in first[:second].strip() and "。" not in first[:second]
    return one_line and bool(label_re(3).search(first, after, after + 1500))


# a short stretch before the first label with no Chinese, no year and no word of four letters
GARBLE_BEFORE_LABEL_RE = re.compile(
    r"(?![^\n\[［]*?(?:[\u4e00-\u9fff]|\d{4}|[A-Za-z]{4}))[^\n\[［]{1,30}?(?=[\[［]\s*\d)"
)
PROSE_BEFORE_LIST_RE = re.compile(r"[^\n]{80,2000}\n\s*\n(?=[ \t]*(?:[\[［]\s?1\s?[\]］]|1(?:[ \t]|[.．、])))")
# a table or a figure with its caption that the page's layout put between the heading and entry 1
FLOAT_BEFORE_LIST_RE = re.compile(
    r"(?:[ \t]*(?:(?:表|图|Table|Fig\.?|Figure)\s?\d{1,2}[^\n]{0,120}|<html>(?:(?!</html>).){0,20000}</html>"
    r"|!\[[^\]\n]{0,200}\]\([^)\n]{0,300}\))[ \t]*(?:\n\s*|$))+(?=[\[［]\s?1\s?[\]］])",
    re.S,
)
STRAY_BEFORE_FIRST_RE = re.compile(r"[\d \t.．]{1,8}(?=[\[［]\s?1\s?[\]］])")


# entry 1 at a line start: '[1]', '[1」', '1.', or '1 ' before a word ('1 顾朝林.…'), maybe after a line number
UNHEADED_FIRST_RE = re.compile(
    r"(?m)^[ \t]*+(?:\d{1,4}[ \t]+(?=[\[［]))?(?P<label>[\[［]?[ \t]{0,2}1[ \t]{0,2}[\]］」.．、]"
    r"|(?P<spaced>1[ \t]+(?=[\u4e00-\u9fffA-Z])))"
)
UNHEADED_EARLIEST = 0.3  # a long list whose heading was garbled ('# 奓义(Keterences)') may start before the middle


def _unheaded_list(text: str) -> tuple[int, int, list[Entry]] | None:
    """Without a heading: entries numbered from 1 at line starts, each of the first three with a year;
    in the second half, or from the third tenth on where two of them hold a type code ('[J]'), as a
    label '1 ' before a word must."""
    for m in UNHEADED_FIRST_RE.finditer(text, int(len(text) * UNHEADED_EARLIEST)):
        start = m.start("label")
        entries = numbered_entries(text, start, _region_end(text, start))
        firsts = [text[e.start : e.end] for e in entries[:3]]
        if len(entries) < 3 or not all(LAX_YEAR_RE.search(entry) for entry in firsts):
            continue
        coded = sum(bool(TYPE_CODE_RE.search(entry)) for entry in firsts) >= 2
        if coded or (start >= len(text) // 2 and not m.group("spaced")):
            return start, entries[-1].end, entries
    return _unheaded_author_year(text)


LINE_RE = re.compile(r"(?m)^[ \t]*+(\S[^\n]*)")
AUTHOR_YEAR_RUN = 3  # lines in a row that open author-year entries: a list, not a passage of the body


def _unheaded_author_year(text: str) -> tuple[int, int, list[Entry]] | None:
    """Without a heading, or under one the conversion garbled ('少丐乂酬'): from the third tenth on,
    three lines in a row that open author-year entries, none holding a sentence's full stop '。'
    (not '王辉(2010)认为…。', a passage of the body); the list runs from the first of them."""
    run: list[int] = []
    for m in LINE_RE.finditer(text, int(len(text) * UNHEADED_EARLIEST)):
        line = m.group(1)
        run = [*run, m.start(1)] if author_year_head(line) and "。" not in line and len(line) < 500 else []
        if len(run) == AUTHOR_YEAR_RUN:
            start = _entries_before(text, run[0])
            end = _region_end(text, start)
            entries = line_entries(text, start, end)
            return (start, end, entries) if len(entries) >= AUTHOR_YEAR_RUN else None
    return None


def _entries_before(text: str, pos: int) -> int:
    """Where the list opens before the line at `pos`: back over the lines that hold entries the run
    did not start with (a translation in brackets, entries run together, the pages an entry ends with
    alone on a line: '512.'), up to a heading, a sentence or a line without a year ('奓考乂')."""
    start = pos
    for line in reversed(text[:pos].split("\n")[:-1]):
        body = line.strip()
        if not body:
            start -= len(line) + 1
            continue
        if body.startswith("#") or "。" in body or not (LAX_YEAR_RE.search(body) or FRAGMENT_RE.fullmatch(body)):
            break
        start -= len(line) + 1
    return start + len(text[start:pos]) - len(text[start:pos].lstrip())


FRAGMENT_RE = re.compile(r"[\d\s,，.．:：()（）\-–+]{1,20}")  # '512.', '(3)，269-271.'
