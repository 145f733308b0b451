"""The Chinese economics-journal author-year style:
`董静、吕孟丽，2024：《题名》，《外国经济与管理》第9期。` and its book form
`刘伟，2021：《题名》，北京大学出版社。`"""

from __future__ import annotations

import re

from npf_graph.extract.refstyles.common import ParsedRef, clean_pages, split_names, strip_edges, take_urls

HEAD_RE = re.compile(r"^(?P<authors>[^《》]{0,200}?)[，,]\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*[：:]\s*")
QUOTED_RE = re.compile(r"《(?P<inner>(?:[^《》]|《[^《》]*》)+)》")
ISSUE_RE = re.compile(r"第\s*(?P<issue>\d{1,3})\s*期")
VOLUME_RE = re.compile(r"第\s*(?P<volume>\d{1,4})\s*卷")
PAGES_RE = re.compile(r"第\s*(?P<pages>\d+\s*[-–—～~]\s*\d+|\d+)\s*页")


def looks_cnjournal(body: str) -> bool:
    return bool(HEAD_RE.match(body)) and "《" in body


def parse_cnjournal(body: str) -> ParsedRef:
    ref = ParsedRef(style="cnjournal", lang="zh")
    text, ref.url, ref.doi = take_urls(body)
    m = HEAD_RE.match(text)
    assert m is not None
    ref.authors = split_names(m.group("authors"))
    ref.year = int(m.group("year"))
    rest = text[m.end() :]
    quoted = list(QUOTED_RE.finditer(rest))
    if quoted:
        ref.title = quoted[0].group("inner").strip()
        after = rest[quoted[0].end() :]
    else:
        title_end = re.search(r"[，,。]", rest)
        ref.title = strip_edges(rest[: title_end.start()] if title_end else rest)
        after = rest[title_end.end() :] if title_end else ""
    if len(quoted) >= 2:
        ref.container = quoted[1].group("inner").strip()
        tail = rest[quoted[1].end() :]
        ref.type = "J"
        for pattern, field in ((ISSUE_RE, "issue"), (VOLUME_RE, "volume"), (PAGES_RE, "pages")):
            fm = pattern.search(tail)
            if fm:
                value = fm.group(field)
                setattr(ref, field, clean_pages(value) if field == "pages" else value)
        if re.search(r"\d{1,2}月\d{1,2}日", tail) or re.search(r"(?:日报|晚报|时报|商报|周报|青年报)$", ref.container):
            ref.type = "N"
    else:
        publisher = strip_edges(after.strip().rstrip("。"))
        if publisher:
            ref.publisher = publisher
            ref.type = "M"
    return ref
