"""In-text citations: numeric markers, author-year groups, narrative citations and
references printed in the text whose title is in the reference list. Each is recorded with its
sentence; `link/resolve.py` ties it to reference entries."""

from __future__ import annotations

import bisect
import re

from npf_graph.document import Doc
from npf_graph.extract.author_year import (
    BARE_YEAR_RE,
    CELL_RE,
    LETTERS,
    LOCATOR,
    PAGES,
    PARTICLE,
    SEE,
    YEAR,
    ZH_ET_AL,
    CitedName,
    cell_citations,
    group_item,
    parse_names,
    same_names,
)
from npf_graph.extract.flattened import flattened_markers
from npf_graph.extract.label_numbers import RANGE_RE, range_labels, tens_lost
from npf_graph.extract.lost_labels import fill_lost_labels, joined_digits, read_in_order
from npf_graph.extract.markers import (
    SEP,
    alone_in_cell,
    damaged_markers,
    no_citation,
    pair_runs,
)
from npf_graph.ingest.chars import SPACES_RE
from npf_graph.link.resolve import match_score
from npf_graph.link.works import fold
from npf_graph.models import Citation

GROUP_SEP = rf"(?:{SEP}|\s*[;；]\s*)"  # '[1;3;4]', '[12；24]': labels a group sets apart by semicolons
NUMERIC_RE = re.compile(
    rf"(?:[\[［〔]|(?<=[^\s#])【)\s*(?P<body>\d{{1,3}}(?:{GROUP_SEP}\d{{1,3}})*)\s*[\]］〕」】]"
    r"(?:\s*[-–—]\s*[\[［〔]\s*(?P<to>\d{1,3})\s*[\]］〕])?"
)
PAREN_RE = re.compile(r"[（(](?P<body>(?:[^（）()\n]|\n(?![ \t]*\n)){4,600})[）)]")  # one line break inside; 13 works
YEARS = rf"{YEAR}(?:\s*[，,；;]\s*{YEAR}){{0,4}}"  # '马金双(2011，2020)', 'Hobfoll (1989；2011)': several works
ZH_NAME = r"[\u4e00-\u9fff]{2,4}"
ZH_NARRATIVE_RE = re.compile(
    rf"(?P<names>{ZH_NAME}(?:[,，、]{ZH_NAME}){{0,6}}"
    rf"(?:[ \t]?{ZH_ET_AL}|(?:和|与|、){ZH_NAME})?)(?:《[^《》\n]{{1,60}}》)?"  # '徐通锵《历史语言学》（1991）'
    rf"\s*[（(]\s*(?P<year>{YEARS})(?:\s*[:：]\s*{PAGES})?\s*[）)]"  # '罗肇锦（1989：9；14-16）': the pages cited
)
EN_NAME = rf"(?:{PARTICLE})*[A-Z][{LETTERS}]+"  # 'von-Karolyi'
EN_NARRATIVE_RE = re.compile(
    rf"(?P<names>{EN_NAME}(?:\s*[,，]\s*{EN_NAME}){{0,6}}(?:\s*\*?et\.?\s?al\.?\*?|\s*{ZH_ET_AL}"
    rf"|\s*[,，]?\s+(?:and|&)\s+{EN_NAME}|\s*[,，]?\s*[和与&＆]\s*{EN_NAME})?)"
    rf"\s*[（(]\s*(?P<year>{YEARS})(?:\s*[,，]\s*(?:(?:Model|Study)\s*\d+[A-Za-z]?|{LOCATOR})|\s*[:：]\s*{PAGES})?\s*[）)]"
)
TITLE_RE = re.compile(r"《(?P<title>[^《》\n]{2,120})》")
# a title cites its entry only as part of a reference printed in the text: '王怀民、余跃：《群智范式…》，
# 《中国科学：信息科学》2023年第8期'; a title named in a sentence ('根据蔡国妹的《莆仙方言研究》') is no marker
INLINE_BEFORE_RE = re.compile(r"[\u4e00-\u9fffA-Za-z][：:]\s*\Z")
INLINE_AFTER_RE = re.compile(  # its container and issue follow, or it names the author of a year ('…》课题组,2008')
    r"\s*[，,]\s*《[^《》\n]{2,60}》\s*(?:第?\s*\d|\(|（)|(?:课题组|编写组|编委会|编辑部)?\s*[，,]\s*(?:19|20)\d\d"
)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SOURCE_LINE_RE = re.compile(r"[①-⑳]\s*(?:数据来源|资料来源)")


# between the items of a group: a semicolon, or a comma before a pointer to further works ('…,TMS，见Wegner,
# 1987', '…年，类似操作见Stone et al.,2013') or after a work before the study it names ('Zhang et al.,2017，实验1')
# or, where the semicolon was lost, after a year (at its space, if one is left) before the next item's names and year
# ('…；唐宁 等,2018 许为,2019a,2019b,2020')
ITEM_SEP_RE = re.compile(
    rf"[；;]|[，,](?=\s*(?:{SEE}(?!\d)|(?:实验|研究)\s?\d))"
    r"|(?:(?<=19\d\d|20\d\d)|(?<=19\d\d[a-z]|20\d\d[a-z]))"
    r"\s*(?=(?:[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z\-']+)(?:\s*(?:等人?|et\s?al\.?))?\s*[，,]\s*(?:19|20)\d\d)"
)


def _group_items(start: int, body: str) -> list[tuple[int, str]]:
    """The items of '(A, 2009; B, 2011)' with their offsets, surrounding spaces left out; names
    set off from their year by a semicolon are one item, read with a comma ('张琰，孙亮；2015')."""
    out: list[tuple[int, str]] = []
    bounds = [0, *(k for m in ITEM_SEP_RE.finditer(body) for k in (m.start(), m.end())), len(body)]
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        piece = body[a:b]
        part = piece.strip()
        if not part:
            continue
        at = start + a + piece.index(part)
        if out and BARE_YEAR_RE.match(part) and NAMES_ONLY_RE.fullmatch(out[-1][1]):
            names_at, names = out.pop()
            part = names + "，" + " " * (at - names_at - len(names) - 1) + part
            at = names_at
        out.append((at, part))
    return out


# '王平，孙继宏，王亚格', 'Wan&Chiou': two or more names and nothing else
NAMES_ONLY_RE = re.compile(rf"{ZH_NAME}(?:[，,、]{ZH_NAME}){{1,5}}|[A-Z][a-z]+\s*[&＆]\s*[A-Z][a-z]+")


def _citing_run(items: list[re.Match[str] | None]) -> slice | None:
    """The items of a group that cite: one unbroken run of them, with remarks allowed before and
    after it ('(如独特性需求高的个体；Tian, 2001)', '(Kupor, 2017; Study 1D)'); None when none cite."""
    hits = [k for k, item in enumerate(items) if item]
    if not hits or hits != list(range(hits[0], hits[-1] + 1)):
        return None
    return slice(hits[0], hits[-1] + 1)


def _sentence_at(doc: Doc, pos: int) -> tuple[int, int]:
    assert doc.seg is not None
    starts = doc.seg.sentence_starts()
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and doc.seg.sentences[i].start <= pos < doc.seg.sentences[i].end:
        s = doc.seg.sentences[i]
        return s.start, s.end
    line_start = doc.text.rfind("\n", 0, pos) + 1
    line_end = doc.text.find("\n", pos)
    return line_start, len(doc.text) if line_end < 0 else line_end


def _numbers(body: str, to: str | None) -> list[str]:
    out: list[str] = []
    for k, part in enumerate(re.split(r"\s*[,，、.;；]\s*", body.replace("\\", ""))):  # '[4\~7]': Markdown's escape
        m = RANGE_RE.fullmatch(part)
        if m and (labels := range_labels(m.group(1), m.group(2), out)):
            out.extend(labels)
        elif part == "0" and k > 0:
            out.append("10")  # '[2,0]': the 1 of 10 lost (a label is never 0)
        elif part.isdigit():
            out.append(part)
    if to and out and int(out[-1]) < int(to) <= int(out[-1]) + 50:
        out.extend(str(n) for n in range(int(out[-1]) + 1, int(to) + 1))
    return out


def _in_list(doc: Doc, pos: int) -> bool:
    """In the reference list, or in another article's text that the conversion left in the file."""
    others = doc.notes.get("other_articles")
    if isinstance(others, list) and any(a is not None and b is not None and a <= pos < b for a, b in others):
        return True
    region = doc.notes.get("reference_list")
    if not isinstance(region, tuple) or region[0] is None:
        return False
    start, end = region
    return start <= pos < (end if end is not None else len(doc.text))


MAX_SENTENCE = 1000  # a longer "sentence" (a table, a run-on list) is quoted as a window around the marker


def _add(doc: Doc, start: int, end: int, marker: str, cited: object) -> None:
    s_start, s_end = _sentence_at(doc, start)
    if s_end - s_start > MAX_SENTENCE:
        s_start, s_end = max(s_start, start - MAX_SENTENCE // 2), min(s_end, end + MAX_SENTENCE // 2)
    cite = Citation(
        id=doc.item_id("cite", start, end),
        marker=marker,
        span=doc.span(start, end),
        sentence=doc.text[s_start:s_end],
        sentence_span=doc.span(s_start, s_end),
    )
    doc.record.citations.append(cite)
    doc.notes.setdefault("cited", {})[cite.id] = cited  # type: ignore[index]


# '张金柱.'; at a line's start also 'Campbell L,' or any short author ('【[8]】侯 颖.', '【[11]】上海市…协作组.')
ENTRY_HEAD_RE = re.compile(r"[】」]*\s*[\u4e00-\u9fff]{2,4}\s*[.．,，]")
LATIN_HEAD_RE = re.compile(r"[】」]*\s*(?:[A-Z][A-Za-z'\-]+\s+[A-Z]{1,3}|[^\n。，,.．]{1,12})\s*[.．,，]")


def _heads_entry(text: str, start: int, end: int) -> bool:
    """A label at the head of a list entry ('…。[1]张金柱.专利…'), not a citation."""
    before = text[max(0, start - 1) : start]
    line_start = not before or before in "\n【"
    head = ENTRY_HEAD_RE.match(text, end) or (line_start and LATIN_HEAD_RE.match(text, end))
    if (before and before not in "。.\n 【") or not head:
        return False
    line_end = text.find("\n", end)
    rest = text[head.start() : min(end + 160, line_end if line_end >= 0 else len(text))].lstrip("】」")
    # '。[10]当然，研究…' is a sentence after its citation, and so is '。[4]再次，…2015年…': after a sentence's
    # end a year alone is no sign of an entry
    body = TYPE_CODE_IN_RE.search(rest) or (before != "。" and ENTRY_BODY_RE.search(rest))
    return bool(NAMES_HEAD_RE.match(rest) or body)


def _heads_damaged_entry(text: str, start: int, end: int) -> bool:
    """A damaged label heads an entry at a line's start, or after a full stop before names
    ('…54-5.[7」徐辉,郑淑梅,等.超细内镜…'), not before a sentence ('。[6例如，在…2015年…')."""
    if not _heads_entry(text, start, end):
        return False
    if text[max(0, start - 1) : start] in ("", "\n"):
        return True
    names_at = end
    while names_at < len(text) and text[names_at] in "】」":
        names_at += 1
    return NAMES_HEAD_RE.match(text, names_at) is not None


ZH_RUN = r"[\u4e00-\u9fff]{2,4}"
NAMES_HEAD_RE = re.compile(rf"\s*{ZH_RUN}(?:\s*[，,、]\s*{ZH_RUN}){{0,6}}(?:\s*[，,、]\s*等)?\s*[.．]")
TYPE_CODE_IN_RE = re.compile(r"\[[A-Z]{1,2}(?:/OL)?\]")
ENTRY_BODY_RE = re.compile(rf"(?:19|20)\d\d|{TYPE_CODE_IN_RE.pattern}")


def _inside_title(text: str, pos: int) -> bool:
    """Is `pos` inside 《…》 (a name such as 《…跃迁点来临（2023）》)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("《") > before.count("》")


def _plausible_narrative(doc: Doc, name: CitedName, chinese: bool) -> bool:
    """'张三（2020）' is a citation when a reference entry fits it; with no list, only
    'X等（2020）' or 'X和Y（2020）' are taken (a bare name and year is too often not one), and
    so is 'Cebolla等人(2017)' in an author-year document whose list misspells or lacks the name."""
    refs = doc.record.references
    several = name.et_al or bool(name.others)
    if not refs or (several and not chinese and not any(r.label and r.label.isdecimal() for r in refs)):
        return several
    return any(match_score(name, r) > 0 for r in refs)


def _narrative(doc: Doc, m: re.Match[str], chinese: bool) -> tuple[int, list[CitedName]] | None:
    """Where a narrative citation starts and the works it cites. The run before '(2010)' may begin
    with words that are no names: '采用文斌（2012）', '研究发现，张三（2010）' — shorter and shorter
    tails of it are tried until one fits a reference entry."""
    names, years = m.group("names"), re.findall(YEAR, m.group("year"))
    heads = [0, *(k.end() for k in re.finditer(r"[,，、]\s*", names))]
    starts = [h + cut for h in heads for cut in ((0, 1, 2) if chinese else (0,))]
    if chinese:  # '也与彭泗清（1993）': the names after the word that joins them to the sentence
        starts += [k.end() for k in re.finditer(r"[与和]", names) if k.end() not in starts]
    for offset in starts:
        if len(names) - offset < 2 or names[offset] in "与和及":
            continue  # '与张建新和周明洁(2006)': no name opens with the word that joins it
        works = [parse_names(names[offset:], year) for year in years]
        if all(works) and all(_plausible_narrative(doc, w, chinese) for w in works if w is not None):
            return m.start() + offset, [w for w in works if w is not None]
        if not chinese:
            break  # an English name list either fits as printed or not at all
    return None


def _printed_reference(text: str, m: re.Match[str]) -> bool:
    """The title `m` is part of a reference printed in the text: names and a colon before it, or its
    container and issue (or a year) after it."""
    return bool(INLINE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) or INLINE_AFTER_RE.match(text, m.end()))


def _past_spaces(text: str, pos: int) -> int:
    """Where the text goes on after the spaces at `pos`."""
    m = SPACES_RE.match(text, pos)
    return m.end() if m else pos


class _Taken:
    """Stretches of text already claimed by a marker, kept sorted: overlap checks by bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, a)
        return (i == 0 or self.ends[i - 1] <= a) and (i == len(self.starts) or b <= self.starts[i])

    def add(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


def extract_citations(doc: Doc) -> Doc:
    text = doc.text
    taken = _Taken()
    free = taken.free

    labels = [int(r.label) for r in doc.record.references if r.label and r.label.isdecimal()]
    top = max(labels, default=0)
    numbered: list[tuple[int, int]] = []  # (start, highest label) of each numeric marker
    pairs = pair_runs(text)
    highest = 0  # the highest label the markers before the one read cite, for ranges that lost a digit
    for m in NUMERIC_RE.finditer(text):
        if _in_list(doc, m.start()) or no_citation(text, m.start(), m.end(), m.group("body"), pairs):
            continue
        numbers = tens_lost(_numbers(m.group("body"), m.group("to")), highest)  # '[3-34]' after [32]: 33-34
        numbers = joined_digits(numbers, highest, top)  # '[46]' after [3] in a list of 15: 4-6
        if "." in m.group("body") and (not top or any(int(n) > top for n in numbers)):
            continue  # '[2.5]' is a number unless the list has such labels ('[3.6]' for [3], [6])
        past_list = bool(top and numbers) and min(map(int, numbers)) > top and alone_in_cell(text, m.start(), m.end())
        if any(not 1 <= int(n) <= 300 for n in numbers) or _heads_entry(text, m.start(), m.end()) or past_list:
            continue  # '[0,1]', '[2020]': an interval or a year; '。[1]张三.…': an entry of another list
        if numbers:
            taken.add((m.start(), m.end()))
            numbered.append((m.start(), max(map(int, numbers))))
            highest = max(highest, numbered[-1][1])
            _add(doc, m.start(), m.end(), m.group(0), numbers)
        elif (same := RANGE_RE.fullmatch(m.group("body").strip())) and same[1] == same[2] and not m.group("to"):
            taken.add((m.start(), m.end()))  # '[2-2]': a marker whose labels no reading settles
            _add(doc, m.start(), m.end(), m.group(0), [])
    # the highest label: of the list, or of intact markers when the list was cut short
    cited = doc.notes.get("cited", {})
    assert isinstance(cited, dict)
    top = max([top, *(int(n) for c in doc.record.citations for n in cited[c.id] if str(n).isdecimal())])
    # a numbered list: its labels read, or lost whole while the body cites about as many entries as it holds
    numbered_list = bool(labels) or (len(numbered) >= 3 and 1.1 * len(doc.record.references) >= top)
    if top >= 3 and numbered_list:
        longest_first = sorted(damaged_markers(text, top), key=lambda found: (found[0], -found[1]))
        intact, k, highest = list(numbered), 0, 0  # both in text order: the highest cited before, in one pass
        for start, end, numbers in longest_first:  # two readings start at one place: the longer is taken
            while k < len(intact) and intact[k][0] < start:
                highest, k = max(highest, intact[k][1]), k + 1
            if not _in_list(doc, start) and free(start, end) and not _heads_damaged_entry(text, start, end):
                taken.add((start, end))
                numbers = read_in_order(doc, start, end, tens_lost(numbers, highest), highest, top)
                numbered.append((start, max(map(int, numbers), default=0)))
                highest = max(highest, numbered[-1][1])
                _add(doc, start, end, text[start:end], numbers)
    if any(r.label and r.label in CIRCLED for r in doc.record.references):  # notes numbered ①②…
        for m in re.finditer(f"[{CIRCLED}]", text):
            if not _in_list(doc, m.start()) and not SOURCE_LINE_RE.match(text, m.start()):
                taken.add((m.start(), m.end()))
                _add(doc, m.start(), m.end(), m.group(), [m.group()])
    before_named = len(doc.record.citations)
    for m in CELL_RE.finditer(text):  # '<td>Dahlgren et al., 2018</td>': a table of the studies reviewed
        if not _in_list(doc, m.start()) and free(m.start(), m.end()):
            for start, end, works in cell_citations(m):
                taken.add((start, end))
                _add(doc, start, end, text[start:end], works)
    for m in PAREN_RE.finditer(text):
        if _in_list(doc, m.start()) or not free(m.start(), m.end()):
            continue
        parts = _group_items(m.start("body"), m.group("body"))
        items = [group_item(part) for _start, part in parts]
        kept = _citing_run(items)
        if kept is None:
            continue
        parts, items = parts[kept], items[kept]
        cited: list[list[CitedName | None]] = []  # the works of each item ('高学德，2006，2013' cites two)
        for i in items:
            last = [c for works in cited for c in works]
            works: list[CitedName | None] = []
            for year in re.findall(YEAR, i.group("year")) if i else []:
                works.append(parse_names(i.group("names"), year) if i.group("names") else same_names(last, year))
                last = last + works[-1:]
            cited.append(works)
        # a group where most items name their works cites; an item whose names the conversion garbled
        # ('Gray etal.,，2007', 'Montague et al,, 2012') is left out, not the whole group
        read = [bool(works) and all(works) for works in cited]
        if 2 * sum(read) > len(read) or all(read):
            taken.add((m.start(), m.end()))
            for (start, part), item, works, ok in zip(parts, items, cited, read, strict=True):  # one per item
                assert item is not None  # the citing run holds matches only
                if ok:
                    lead = item.start("names") if item.group("names") else item.start("year")
                    _add(doc, start + lead, start + len(part), text[start + lead : start + len(part)], works)
    numeric_starts = {start for start, _top in numbered}
    for pattern in (ZH_NARRATIVE_RE, EN_NARRATIVE_RE):
        for m in pattern.finditer(text):
            if _in_list(doc, m.start()) or not free(m.start(), m.end()):
                continue
            if _past_spaces(text, m.end()) in numeric_starts:
                continue  # 'Morgan 等人（2012）[19]': the number cites the work, the names only say whose it is
            found = _narrative(doc, m, pattern is ZH_NARRATIVE_RE)
            if found is not None and not _inside_title(text, found[0]):
                start, works = found
                taken.add((start, m.end()))
                _add(doc, start, m.end(), text[start : m.end()], works)
    named = len(doc.record.citations) - before_named
    if top >= 3 and labels and not (named >= 3 and named > len(numbered)):
        # superscripts read as plain numbers: where most markers lost their brackets, and the paper does
        # not cite by name and year ('女发音人2、男发音人1' in a paper that cites '（刘复，1924）')
        authors = tuple(a.name for a in doc.record.authors if a.name)
        for start, end, numbers in flattened_markers(text, top, numbered, authors, len(numbered) >= top / 2):
            if not _in_list(doc, start) and free(start, end) and not _heads_damaged_entry(text, start, end):
                taken.add((start, end))
                _add(doc, start, end, text[start:end], numbers)
    if top >= 3 and numbered_list:
        fill_lost_labels(doc, top)  # '…肥胖[4-6]。…主要病因[]。…[8]': the label the text skips, 7
    titles = {}
    for ref in doc.record.references:
        if ref.title and len(fold(ref.title)) >= 4:
            titles.setdefault(fold(ref.title), ref.id)
    if titles:
        for m in TITLE_RE.finditer(text):
            key = fold(m.group("title"))
            printed = _printed_reference(text, m)
            if key in titles and printed and not _in_list(doc, m.start()) and free(m.start(), m.end()):
                taken.add((m.start(), m.end()))
                _add(doc, m.start(), m.end(), m.group(0), [titles[key]])
    doc.record.citations.sort(key=lambda c: c.span)
    return doc
