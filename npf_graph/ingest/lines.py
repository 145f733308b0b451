"""Split text into lines and tell what each line is: prose, heading, furniture or blank."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from npf_graph.ingest.chars import CLOSERS, TERMINALS, display_width

HEADING_RE = re.compile(
    r"^\s*(?:#{1,6}\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}(?:\.\d{1,2})*[.．、]\s*\S"
    r"|第[一二三四五六七八九十\d]+[章节節部分]|参考文献|參考文獻|注释|註釋|注釋|References\b)"
)
CAPTION_RE = re.compile(r"^\s*(?:图|表|Figure|Fig\.|Table)\s*\d+(?:[-.]\d+)?\s*\S")
FOOTNOTE_RE = re.compile(r"^\s*[\u2460-\u2473\u2776-\u277f]\s*\S")
BLOCK_START_RE = re.compile(
    r"^\s*(?:[\[［]\d{1,3}[\]］]|[\u2460-\u2473]|■|(?:摘\s*要|[关關]\s*[键鍵]\s*[词詞字]|[编編]者按|作者[简簡]介|作者"
    r"|[责責]任[编編][辑輯]|基金[项項]目|收稿日期"
    r"|中图分类号|文献标识码|文章编号|DOI|Abstract|Key\s*words)\s*[:：]|[(（]作者)",
    re.I,
)
PAGE_NO_RE = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$|^\s*第\s*\d+\s*页\s*$")


@dataclass
class Line:
    start: int  # index of the first character in the text
    end: int  # index after the last character (before the line break)
    text: str
    kind: str = "prose"  # prose | heading | caption | footnote | blank | running_head | page_number | masthead

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @cached_property
    def width(self) -> float:
        return display_width(self.text)

    @property
    def furniture(self) -> bool:
        return self.kind in {"running_head", "page_number", "masthead"}


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == len(text) and not m.group():
            break
        body = m.group().rstrip("\r\n")
        lines.append(Line(m.start(), m.start() + len(body), body))
    return lines


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1]
    if not t:
        return False
    if t[-1] == "." and t[-2:-1] != ".":
        letters = [ch for ch in t if not ch.isspace()]
        return sum(1 for ch in letters if "\u3400" <= ch <= "\u9fff") < 0.2 * len(letters)
    return t[-1] in TERMINALS


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def classify(lines: list[Line]) -> None:
    """Set `kind` on every line, in place."""
    keys = Counter(_key(ln.text) for ln in lines if ln.stripped)
    for ln in lines:
        s = ln.stripped
        if not s:
            ln.kind = "blank"
        elif PAGE_NO_RE.match(s):
            ln.kind = "page_number"
        elif 4 <= len(_key(s)) <= 80 and keys[_key(s)] >= 3 and not HEADING_RE.match(s) and not ends_sentence(s):
            ln.kind = "running_head"
        elif HEADING_RE.match(s):
            ln.kind = "heading"
        elif FOOTNOTE_RE.match(s):
            ln.kind = "footnote"
        elif CAPTION_RE.match(s) and len(s) <= 60 and not ends_sentence(s):
            ln.kind = "caption"
    _mark_masthead(lines)


def _mark_masthead(lines: list[Line]) -> None:
    """Runs of six or more very short lines: a vertical masthead or a spaced-out banner."""
    run: list[Line] = []

    def flush() -> None:
        if len(run) >= 6:
            for ln in run:
                ln.kind = "masthead"
        run.clear()

    for ln in lines:
        if ln.kind == "blank":
            continue
        short = len(_key(ln.text)) <= 3 and ln.kind in {"prose", "page_number"}
        if short:
            run.append(ln)
        else:
            flush()
    flush()


def typical_width(lines: list[Line]) -> float:
    """The width of a full line of running text (the 80th percentile of prose lines)."""
    widths = sorted(ln.width for ln in lines if ln.kind == "prose")
    if len(widths) < 3:  # too few lines to tell a column width: only long lines run on
        return 50.0
    return widths[min(len(widths) - 1, int(len(widths) * 0.8))]
