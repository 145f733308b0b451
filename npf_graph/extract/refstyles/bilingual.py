"""Bilingual entries printed English first, the Chinese original after it in brackets or after a note.

``CHEN DM,1993.History of plant taxonomy in China [M].Wuhan: Central China Normal University
Press.[陈德懋，1993．中国植物分类学史[M]．武汉：华中师范大学出版社.]``: the fields of such a pair
are those of the Chinese part, as they are for the more common Chinese-first pairs.
"""

from __future__ import annotations

import re

from npf_graph.extract.refstyles.common import split_label

OPEN_CJK_RE = re.compile(r"[\[［【(（]\s*(?=[\u4e00-\u9fff])(?!中译|译|转引|引自|载|见)")  # not a note on a translation
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
LATIN_RE = re.compile(r"[A-Za-z]")
IN_CHINESE_RE = re.compile(r"[(（]\s*in\s+Chinese\s*[)）]\s*[.。．]?\s*(?=[\u4e00-\u9fff])", re.I)


def chinese_original(raw: str) -> str | None:
    """The Chinese original after an English entry, bracketed or after '(in Chinese)', without its brackets;
    else None."""
    _label, body = split_label(raw)
    if (noted := IN_CHINESE_RE.search(body)) and not CJK_RE.search(body, 0, noted.start()):
        chinese = body[noted.end() :].strip()  # '…2008,37(l):57-60.(in Chinese) 陈卫标，周军，…'
        if _mostly_chinese(chinese):
            return chinese
    for m in OPEN_CJK_RE.finditer(body):
        english, chinese = body[: m.start()], body[m.end() :]
        if len(LATIN_RE.findall(english)) < 15 or CJK_RE.search(english):
            return None  # the entry itself is Chinese, or the English part is too short to be an entry
        chinese = re.sub(r"[\]］】)）]\s*[.。．]?\s*$", "", chinese.strip())
        if _mostly_chinese(chinese):
            return chinese
    return None


def _mostly_chinese(text: str) -> bool:
    """Six or more Chinese characters, and no fewer than Latin letters: an original, not a gloss."""
    cjk = len(CJK_RE.findall(text))
    return cjk >= 6 and cjk >= len(LATIN_RE.findall(text))
