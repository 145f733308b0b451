"""Another article printed after this one: a journal issue converted whole puts the next paper's
title and byline under this paper's reference list ('# 综述' / '# 钆对比剂在…中的应用' / '陈仲良，
江治民,…潮州市人民医院放射科，广东 潮州521011'). Its text is neither this paper's list nor its body."""

from __future__ import annotations

import re

from npf_graph.extract.byline import parse_byline
from npf_graph.extract.name_runs import INSTITUTION_RE
from npf_graph.extract.refheadings import STOP_RE
from npf_graph.ingest.chars import cjk_count

TITLE_HEADING_RE = re.compile(r"(?m)^[ \t]*#+[ \t]*(?P<title>[^\n]*[\u4e00-\u9fff][^\n]*)$")
NUMBERED_HEADING_RE = re.compile(r"\s*(?:\d|[一二三四五六七八九十]+[、.．]|附)")  # '3讨论', '附录', '一、…'


def article_after(text: str, pos: int) -> int | None:
    """Where another article starts after `pos` (the end of this one's list): the first heading of
    six or more Chinese characters, not a section or an end block, whose next line is a byline
    with its unit on it or on the line after."""
    for m in TITLE_HEADING_RE.finditer(text, pos):
        title = m.group("title")
        if cjk_count(title) < 6 or STOP_RE.match(title) or NUMBERED_HEADING_RE.match(title):
            continue
        lines = [x for x in text[m.end() : m.end() + 600].split("\n") if x.strip()][:2]
        if lines and parse_byline(lines[0]) and INSTITUTION_RE.search(" ".join(lines)):
            return m.start()  # '董 莉',余晓芳²' / '(1.东莞市…医院…523000)': the unit may have its own line
    return None
