"""Segment cleaned text into paragraphs, sections, sentences and jieba tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from npf_graph.ingest.chars import CLOSERS, display_width, is_cjk
from npf_graph.ingest.offsets import MappedText

NUMBERED_HEADINGS = (
    (re.compile(r"^#{1,6}\s*"), 0),  # level = number of #
    (re.compile(r"^(?:第[一二三四五六七八九十]+[章部分])"), 1),
    (re.compile(r"^[一二三四五六七八九十]+、"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[）)]\s*"), 2),
    (re.compile(r"^\d{1,2}[.．、]\s*(?=\S)(?!\d)"), 3),
    (re.compile(r"^\d{1,2}\.\d{1,2}[.．、]?\s+"), 4),
    (re.compile(r"^(?:参考文献|參考文獻|注释|註釋|注釋|References|Bibliography)\s*[:：]?\s*$", re.I), 1),
)
SENTENCE_END_RE = re.compile(r"(?:[。！？!?]+|…{1,2}(?=[”’」』）)]))[”’」』）)\]】]*")
LATIN_END_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z“\"(])")
MAX_HEADING_WIDTH = 40
# lines that are short but never headings: labels, bylines, notes, figures and tables
UNHEADED_RE = re.compile(
    r"^(?:[\[［【]|[■□●◆▲(（]|(?:摘\s*要|[关關]\s*[键鍵]\s*[词詞字]|作者|[责責][任]\s*[编編][辑輯]|[编編]者按|基金[项項]目"
    r"|收稿日期|[资資]料[来來]源|[数數]据[来來]源|[数數]據[来來]源|注)\s*[:：]"
    r"|(?:图|表)\s*\d|[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$)"
)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    heading_level: int | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    section: int | None  # index into Segments.sections


@dataclass(frozen=True)
class SectionSpan:
    title: str
    level: int
    start: int  # heading start in the cleaned text
    end: int  # end of the section's text (before the next heading of the same or a higher level)
    heading_end: int


@dataclass
class Segments:
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[SectionSpan] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[tuple[int, int]] = field(default_factory=list)  # filled on demand
    _starts: list[int] | None = None

    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, in order (computed once)."""
        if self._starts is None or len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        return self._starts


def heading_level(text: str) -> int | None:
    """The heading level of a paragraph, or None if it reads as running text."""
    s = text.strip()
    if not s or (display_width(s) > MAX_HEADING_WIDTH and not s.startswith("#")):
        return None
    for pattern, level in NUMBERED_HEADINGS:
        m = pattern.match(s)
        if m:
            if level == 0:  # a line of only '#'s and spaces ('#', '# #') is no heading
                return len(s) - len(s.lstrip("#")) if s.replace("#", "").strip() else None
            body = s[m.end() :]
            if level in (3, 4) and (body.endswith(("。", "；", ".")) or len(body) > 30):
                return None
            if s.endswith("。") and level != 1:
                return None
            return level
    return None


def plain_heading(text: str, next_text: str, next_is_heading: bool = False) -> bool:
    """An unnumbered heading of a web article: a short line of words before a longer paragraph."""
    s = text.strip()
    if not s or not any(is_cjk(ch) for ch in s) or display_width(s) > 36 or display_width(s) < 4:
        return False
    if s[-1] in "。！？!?，,、；;：:…" or "。" in s or UNHEADED_RE.match(s):
        return False
    return next_is_heading or display_width(next_text) >= max(2 * display_width(s), 30)


def heading_title(text: str) -> str:
    return text.strip().lstrip("#").strip()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (a paragraph)."""
    para = text[start:end]
    cjk = sum(1 for ch in para if is_cjk(ch))
    out: list[tuple[int, int]] = []
    pos = 0
    if cjk >= len(para.strip()) * 0.2:
        for m in SENTENCE_END_RE.finditer(para):
            if m.end() > pos:
                out.append((pos, m.end()))
                pos = m.end()
    else:
        for m in LATIN_END_RE.finditer(para):
            out.append((pos, m.start()))
            pos = m.end()
    if pos < len(para):
        out.append((pos, len(para)))
    spans = []
    for s, e in out:
        while s < e and para[s].isspace():
            s += 1
        while e > s and para[e - 1].isspace():
            e -= 1
        if e > s and any(not ch.isspace() and ch not in CLOSERS for ch in para[s:e]):
            spans.append((start + s, start + e))
    return spans


def segment(clean: MappedText) -> Segments:
    text = clean.text
    seg = Segments()
    pos = 0
    lines: list[tuple[int, int, str]] = []
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    levels: list[int | None] = [heading_level(line) for _, _, line in lines]
    for i in range(len(lines) - 2, -1, -1):  # backwards: a heading may sit over another heading
        if levels[i] is None and plain_heading(lines[i][2], lines[i + 1][2], levels[i + 1] is not None):
            levels[i] = 2
    for (start, end, _line), level in zip(lines, levels, strict=True):
        seg.paragraphs.append(Paragraph(start, end, level))
    raw_sections: list[tuple[str, int, int, int]] = []
    for p in seg.paragraphs:
        if p.heading_level is not None:
            raw_sections.append((heading_title(text[p.start : p.end]), p.heading_level, p.start, p.end))
    for i, (title, level, start, hend) in enumerate(raw_sections):
        end = len(text)
        for _title2, level2, start2, _ in raw_sections[i + 1 :]:
            if level2 <= level:
                end = start2
                break
        seg.sections.append(SectionSpan(title, level, start, end, hend))
    for pi, p in enumerate(seg.paragraphs):
        section = innermost_section(seg.sections, p.start)
        if p.heading_level is not None:
            seg.sentences.append(Sentence(p.start, p.end, pi, section))
            continue
        for s, e in split_sentences(text, p.start, p.end):
            seg.sentences.append(Sentence(s, e, pi, section))
    return seg


def innermost_section(sections: list[SectionSpan], pos: int) -> int | None:
    best = None
    for i, s in enumerate(sections):
        if s.start <= pos < s.end and (best is None or s.level >= sections[best].level):
            best = i
    return best


def tokenize(text: str) -> list[tuple[int, int]]:
    """jieba token spans (accurate mode, HMM on) with the ontology's user dictionary."""
    from npf_graph.ontology import tokenizer

    tk = tokenizer()
    return [(s, e) for _, s, e in tk.tokenize(text)]
