"""GB/T 7714 references, numeric (`[1] 作者. 题名[J]. 刊名，年，卷（期）：页.`) and
author-year (`作者，2024a. 题名[J]. 刊名，卷（期）：页.`), with the spacing and
punctuation variants real PDFs produce (`刘伟 . 题名 [M].`, `2024，（3）：1-6`)."""

from __future__ import annotations

import re

from npf_graph.extract.refstyles.common import (
    PAGES_RE,
    YEAR_RE,
    ParsedRef,
    clean_pages,
    language,
    split_names,
    strip_edges,
    take_urls,
)

CODES = "M|C|N|J|D|R|S|P|G|Z|A|K|CM|DS|DB|CP|EB|PP|EP|MT|CD|DK"
TYPE_RE = re.compile(rf"\s*\[\s*(?P<code>{CODES})(?:\s*/\s*(?P<ol>OL|DK|CD|MT))?\s*\]")
SEP = r"(?:\s*[.．](?:\s+|(?=[\u3400-\u9fff“《\[（(])|$))"
HEAD_SPLIT_RE = re.compile(SEP)
AUTHOR_YEAR_RE = re.compile(
    r"^(?P<authors>.*?)[，,]\s*(?P<year>\[?c?(?:1[5-9]|20)\d{2}[a-z]?\]?(?:[-—](?:(?:1[5-9]|20)\d{2})?)?"
    r"(?:[（(][^）)]*[）)])?[a-z]?)" + SEP
)
NO_AUTHOR_YEAR_RE = re.compile(r"^\[?(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\]?" + SEP)
EDITION_RE = re.compile(
    r"^(?:\d+\s*(?:st|nd|rd|th)\s*ed|第?\s*[\d一二三四五六七八九十]+\s*版|[修增]订[本版]|影印本|刻本|"
    r"[^，,.]{0,8}(?:重印|再版|增订|修订)本?|Rev\.?\s*ed|\d+\s*版|V\d+(?:\.\d+)*)\.?$",
    re.I,
)
VOLUME_PART_RE = re.compile(
    r"\s*[:：]\s*(?P<vol>第\s*[\d一二三四五六七八九十百]+\s*[卷册辑部分编集]|[\d一二三四五六七八九十]+\s*卷|"
    r"[^：:]{1,6}集[上中下]?[：:\s]*\S*部|[上中下]册?|제\s*\d+\s*권|[一二三四五六七八九十]+部|(?:1[5-9]|20)\d{2}\s*年卷|Vol\.?\s*\d+|v\.\s*\d+)\s*$"
)
ID_SUFFIX_RE = re.compile(r"\s*[:：]\s*(?P<id>[^：:]{0,12}\d[^：:]{0,30})\s*$")
STANDARD_PREFIX_RE = re.compile(r"^[A-Z]{2,}(?:/[A-Z]+)*\s*[A-Z]?[\w./\-]*\d[\w./:—\-()]*\s+(?=\S)")
SHORT_PAGE_RE = re.compile(r"[\u4e00-\u9fff]{1,3}页?")
SCALE_RE = re.compile(r"[.．]\s*1\s*[:：]\s*[\d,]+\s*$")
PUB_RE = re.compile(r"^(?P<place>[^：:，,\d]{1,30}(?:[，,]\s*[A-Z][\w.]{0,6}\.)?)\s*[：:]\s*(?P<publisher>.+)$")
JOURNAL_TAIL_RE = re.compile(
    r"^(?P<container>.*?)[，,]?\s*(?:(?P<year>(?:1[5-9]|20)\d{2})\s*[，,]?\s*)?"
    r"(?P<volume>[A-Za-z]?\d+[A-Za-z]?|[\d]+\s*[-—]\s*\d+)?\s*"
    r"(?:[（(]\s*(?P<issue>[^）)]{1,12}?)\s*[）)])?\s*"
    r"(?:[：:]\s*(?P<pages>[^\[\]]+?))?\s*(?:\[[^\]]*\])?\s*$"
)
TRANSLATOR_RE = re.compile(r"[，,]\s*(?:译|编|主编|校|注|等译|译注|编译|trans\.?|ed\.?|eds\.?)$", re.I)
DATE_RE = re.compile(r"((?:1[5-9]|20)\d{2})-(\d{1,2})-(\d{1,2})")


def _volume(text: str) -> str:
    """'第 35 卷' -> '35', 'v.1' -> '1'; other volume designations as printed."""
    t = text.strip()
    m = re.fullmatch(r"(?:第\s*(\d+)\s*卷|[Vv]ol?\.?\s*(\d+))", t)
    return next(g for g in m.groups() if g) if m else t


def _split_head(head: str) -> tuple[str | None, str]:
    """'作者. 题名' -> ('作者', '题名'); a head with no author block -> (None, head)."""
    m = HEAD_SPLIT_RE.search(head)
    if not m:
        return None, head
    authors, title = head[: m.start()], head[m.end() :]
    if not title.strip() or len(authors) > 250:
        return None, head
    return authors, title


def _title_and_volume(title: str, ref: ParsedRef) -> str:
    title = title.strip()
    m = ID_SUFFIX_RE.search(title)
    if m and ref.type in ("P", "A", "S", "R") and len(re.findall(r"[\u4e00-\u9fff]", m.group("id"))) <= 6:
        title = title[: m.start()]  # a patent, archive, standard or report number
    m = VOLUME_PART_RE.search(title)
    if m:
        ref.volume = _volume(m.group("vol"))
        title = title[: m.start()]
    title = SCALE_RE.sub("", title)  # the scale of a map: '. 1:25000'
    if ref.type == "S":
        sm = STANDARD_PREFIX_RE.match(title)
        if sm:
            ym = re.search(r"[—:\-]((?:19|20)\d{2})\s*$", sm.group(0).strip())
            if ym and not ref.year:
                ref.year = int(ym.group(1))
        title = STANDARD_PREFIX_RE.sub("", title)
        title = re.sub(r"[:：]\s*(?:GB|ISO|IEC|GB/T|GB/Z)[^：:]*$", "", title)
    return title.strip()


def _segments(text: str) -> list[str]:
    """Split on '. ' between elements, not after the initials of a name ('A. A. Balkema')
    nor before a lower-case word ('Univ. of Chicago Press')."""
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"[.．](?:\s+|(?=[\u3400-\u9fff《“]))", text):
        before, after = text[start : m.start()], text[m.end() :]
        if re.search(r"(?:^|[：:]\s*|[A-Z][.]\s*)[A-Z]$", before) or re.match(r"[a-z]", after):
            continue
        parts.append(before.strip())
        start = m.end()
    parts.append(text[start:].strip().rstrip(".．"))
    return [p for p in parts if p]


def _pub_segment(seg: str, ref: ParsedRef, author_year: bool) -> bool:
    """'北京：北京大学出版社，2021：35' -> place, publisher, year, pages. True if it was one."""
    s = re.sub(r"\[[^\]]*\]\s*$", "", seg.strip().rstrip(".")).strip()
    pages = None
    m = re.search(r"(?<=\d)\s*[：:]\s*([^：:，,]{1,12})$", s)
    if m and re.search(r"[，,]\s*(?:1[5-9]|20)\d{2}$", s[: m.start()]):
        pages, s = m.group(1).strip(), s[: m.start()]
        m = None
    else:
        m = re.search(r"[：:]\s*([^：:]+)$", s)
    if m and author_year and len(re.findall(r"[：:]", s)) >= 2:  # 北京：出版社：第1版自序
        pages, s = m.group(1).strip(), s[: m.start()]
    elif (
        m
        and pages is None
        and (PAGES_RE.match(m.group(1)) or re.fullmatch(r"[\u4e00-\u9fff]{1,3}页?", m.group(1).strip()))
    ):
        head = s[: m.start()]
        if re.search(r"[：:]", head) or re.search(r"[，,]\s*\d{4}", head) or author_year:
            pages, s = m.group(1).strip(), head
    year = None
    ym = re.search(r"[，,]\s*((?:1[5-9]|20)\d{2})(?:[-—]\d{2}(?:[-—]\d{2})?)?(?:[（(][^）)]*[）)])?[-—]?\s*$", s)
    if ym:
        year, s = int(ym.group(1)), s[: ym.start()]
    pm = PUB_RE.match(s)
    if not pm and not (author_year and pages) and year is None:
        return False
    if pm:
        ref.place, ref.publisher = strip_edges(pm.group("place")), strip_edges(pm.group("publisher"))
    elif not YEAR_RE.fullmatch(s.strip()):
        ref.publisher = strip_edges(s)
    if year and not ref.year:
        ref.year = year
    if pages:
        ref.pages = clean_pages(pages)
    return True


def _journal_tail(tail: str, ref: ParsedRef) -> None:
    seg = [s for s in _segments(tail) if not TRANSLATOR_RE.search(s)]
    body = seg[0] if seg else ""
    body = re.sub(r"\[[^\]]*\]\s*$", "", body).strip()
    dm = DATE_RE.search(body)
    if dm and dm.start() > 0 and not re.search(r"[（(]", body[dm.end() :]):  # online-first: 刊名，2024-05-09
        ref.container = strip_edges(body[: dm.start()])
        ref.year = ref.year or int(dm.group(1))
        return
    m = JOURNAL_TAIL_RE.match(body)
    if not m or not m.group("container"):
        ref.container = strip_edges(body) or None
        return
    container = m.group("container").strip()
    if re.match(r"^(?:1[5-9]|20)\d{2}\s*[，,（(]", body):  # holdings of a periodical: '1984，1（1）—'
        ref.volume = body.rstrip(".")
        ref.year = ref.year or int(body[:4])
        for later in seg[1:]:
            if _pub_segment(later, ref, False):
                break
        return
    if YEAR_RE.fullmatch(container):
        ref.volume = body
        return
    ref.container = strip_edges(container)
    if m.group("year") and not ref.year:
        ref.year = int(m.group("year"))
    ref.volume = m.group("volume")
    issue = m.group("issue")
    if issue and not (ref.volume is None and YEAR_RE.fullmatch(issue.strip())):
        ref.issue = issue.strip()
    if m.group("pages"):
        ref.pages = clean_pages(m.group("pages"))


def _newspaper_tail(tail: str, ref: ParsedRef) -> None:
    seg = _segments(tail)
    body = seg[0] if seg else tail
    dm = DATE_RE.search(body)
    if dm:
        ref.date = dm.group(0)
        ref.year = ref.year or int(dm.group(1))
        ref.container = strip_edges(body[: dm.start()])
        pm = re.search(r"[（(]\s*([^）)]+)\s*[）)]", body[dm.end() :])
        if pm:
            ref.pages = pm.group(1)
    else:
        _journal_tail(tail, ref)


def _host_tail(tail: str, ref: ParsedRef, author_year: bool) -> None:
    """The part after '//' of an analytic entry: editors. container. edition. publication."""
    segs = [s for s in _segments(tail) if not EDITION_RE.match(s)]
    pub_at = None
    for i in range(len(segs) - 1, 0, -1):  # the publication segment is the last one that reads as one
        if _pub_segment(segs[i], ParsedRef(), author_year):
            pub_at = i
            break
    before = segs[:pub_at] if pub_at is not None else segs
    if len(before) >= 2:
        before = before[1:]  # editors first
    container = before[0] if before else None
    if container:
        ym = re.search(r"[，,]\s*((?:1[5-9]|20)\d{2})(?:\s*[：:]\s*(.+))?$", container)
        if ym and pub_at is None:
            ref.year = ref.year or int(ym.group(1))
            if ym.group(2):
                ref.pages = clean_pages(ym.group(2))
            container = container[: ym.start()]
        elif pub_at is None and author_year:
            pm = re.search(r"[：:]\s*(\d[\d\-–]*)$", container)
            if pm:
                ref.pages, container = clean_pages(pm.group(1)), container[: pm.start()]
        vm = VOLUME_PART_RE.search(container)
        if vm:
            ref.volume, container = _volume(vm.group("vol")), container[: vm.start()]
        ref.container = strip_edges(container)
    if pub_at is not None:
        _pub_segment(segs[pub_at], ref, author_year)


def _book_tail(tail: str, ref: ParsedRef, author_year: bool) -> None:
    segs = [s for s in _segments(tail) if not EDITION_RE.match(s)]
    for s in segs:
        if TRANSLATOR_RE.search(s):
            continue
        if _pub_segment(s, ref, author_year):
            return
    for s in segs:
        hm = re.match(r"^(?P<pub>[^（(\[]{2,80}?)\s*[（(](?P<year>(?:1[5-9]|20)\d{2})[^）)]*[）)]", s)
        if hm and not re.match(r"^[\d\s-]+$", hm.group("pub")):  # data set host: '数据中心（2023-09-10）'
            ref.publisher = strip_edges(hm.group("pub"))
            ref.year = ref.year or int(hm.group("year"))
            return
        ym = re.match(r"^(?P<date>(?:1[5-9]|20)\d{2}(?:-\d{1,2}-\d{1,2})?)\s*[：:]\s*(?P<pages>[^：:]+)$", s)
        if ym:  # '2011：8-9' or '2008-01-16：8-9'
            ref.year = ref.year or int(ym.group("date")[:4])
            ref.pages = clean_pages(ym.group("pages"))
            return
    for s in segs:  # a bare date: '2023-12-28' or '（2023-03-06）[2025-06-22]'
        dm = DATE_RE.search(re.sub(r"\[[^\]]*\]", "", s))
        if dm and not ref.year:
            ref.year = int(dm.group(1))
            ref.date = dm.group(0)
            return
        ym = YEAR_RE.search(re.sub(r"\[[^\]]*\]", "", s))
        if ym and not ref.year and len(s) < 40:
            ref.year = int(ym.group(1))
            return


# full-width forms some typesetting uses for the marks the grammar hinges on
FULL_WIDTH = str.maketrans({"［": "[", "］": "]", "．": ". ", "－": "-", "／": "/"})


def parse_gbt7714(body: str) -> ParsedRef:
    ref = ParsedRef(style="gbt7714")
    text, ref.url, ref.doi = take_urls(body.translate(FULL_WIDTH))
    ref.lang = language(text)
    tm = TYPE_RE.search(text)
    head, tail = (text[: tm.start()], text[tm.end() :]) if tm else (text, "")
    if tm:
        code = tm.group("code")
        ref.type = "EB/OL" if code == "EB" else code
    author_year = False
    am = AUTHOR_YEAR_RE.match(head)
    if am and len(am.group("authors")) < 250 and not re.search(r"[.．]\s*[\u4e00-\u9fff]", am.group("authors")):
        author_year = True
        ref.authors = split_names(am.group("authors"))
        ym = YEAR_RE.search(am.group("year"))
        ref.year = int(ym.group(1)) if ym else None
        title = head[am.end() :]
    elif NO_AUTHOR_YEAR_RE.match(head):
        author_year = True
        nm = NO_AUTHOR_YEAR_RE.match(head)
        assert nm is not None
        ref.year = int(nm.group("year"))
        title = head[nm.end() :]
    else:
        authors, title = _split_head(head)
        ref.authors = split_names(authors) if authors else []
    ref.title = strip_edges(_title_and_volume(title, ref)) if title else None
    tail = tail.strip().lstrip(".．").strip()
    if "//" in tail:
        _host_tail(tail.split("//", 1)[1], ref, author_year)
    elif ref.type in ("J",):
        _journal_tail(tail, ref)
    elif ref.type == "N":
        _newspaper_tail(tail, ref)
    elif tail:
        _book_tail(tail, ref, author_year)
    if ref.year is None:
        dm = DATE_RE.search(re.sub(r"\[[^\]]*\]", "", tail))
        if dm:
            ref.year = int(dm.group(1))
    return ref
