"""Clean extracted text: drop spam and page furniture, join broken lines, keep an offset map.

Only this stage edits text. It deletes characters, turns line breaks into a
space or nothing, and moves a heading or caption that interrupts a sentence to
the end of that paragraph; every kept character keeps its source offset.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from npf_graph.ingest.chars import is_cjk, is_latin_alnum, is_wide
from npf_graph.ingest.lines import BLOCK_START_RE, Line, classify, ends_sentence, split_lines, typical_width
from npf_graph.ingest.offsets import MappedText
from npf_graph.ingest.spam import find_spam
from npf_graph.models import Warning

NAMES_LINE_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+\s*$")
PAREN_LINE_RE = re.compile(r"^\s*[(（][^()（）]*[)）]\s*$")
FLOATING = {"heading", "caption", "footnote"}
THOUSANDS_RE = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d])")


@dataclass
class Furniture:
    kind: str
    text: str
    start: int  # source offsets
    end: int


@dataclass
class CleanText:
    mapped: MappedText  # cleaned text, offsets into the *source* text
    furniture: list[Furniture] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.mapped.text


def _drop_spam(readable: MappedText, words: dict[str, int], warnings: list[Warning]) -> MappedText:
    tokens = find_spam(readable.text, words)
    if not tokens:
        return readable
    drop: set[int] = set()
    for tok in tokens:
        for pos in tok.positions:
            drop.update(range(pos, pos + len(tok.token)))
        warnings.append(
            Warning(code="spam_removed", message=f"removed {len(tok.positions)} injected copies of “{tok.token}”")
        )
    return MappedText.build(p for i, p in enumerate(readable.slice_pieces(0, len(readable))) if i not in drop)


def _word_len(line: str, pos: int, step: int) -> int:
    """Length of the run of non-space characters at `pos`, walking by `step`."""
    n = 0
    while 0 <= pos < len(line) and not line[pos].isspace():
        n += 1
        pos += step
    return n


_SPACES_RE = re.compile(r"\s+")


def _inline(line: str, counts: Counter) -> list[tuple[str, int]]:
    """Characters of one line to keep: indentation, spaced-out CJK and thousands spaces dropped."""
    keep = [True] * len(line)
    for m in THOUSANDS_RE.finditer(line):
        for i in range(m.start(), m.end()):
            if line[i] == " ":
                keep[i] = False
                counts["thousands_separators"] += 1
    n = len(line)
    for run in _SPACES_RE.finditer(line):  # each maximal run of whitespace
        i, j = run.span()
        left = line[i - 1] if i > 0 else ""
        right = line[j] if j < n else ""
        wide_gap = (is_wide(left) or not left) and (is_wide(right) or right.isdigit() or not right)
        wide_gap = wide_gap or (left.isdigit() and is_wide(right)) or not right or not left
        if wide_gap and is_cjk(left) and is_cjk(right) and _word_len(line, i - 1, -1) > 1:
            # keep the gap between two words ('范从来 郑琼洁'); close it in spaced-out text
            wide_gap = _word_len(line, j, 1) == 1
        if wide_gap:
            for k in range(i, j):
                keep[k] = False
            if left and right and is_cjk(left) and is_cjk(right):
                counts["spaced_characters"] += 1
        else:
            for k in range(i + 1, j):
                keep[k] = False
    return [(ch, k) for k, ch in enumerate(line) if keep[k]]


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _joinable(a: Line, b: Line, width: float) -> bool:
    """Does line `a` run on into line `b`?"""
    if ends_sentence(a.text) or BLOCK_START_RE.match(b.text) or _indent(b) >= 10 or PAREN_LINE_RE.match(a.text):
        return False
    if NAMES_LINE_RE.match(b.text) or NAMES_LINE_RE.match(a.text):  # a byline stands on its own
        return False
    full = a.width >= min(0.8 * width, 40) if width else False
    if a.kind == "heading":
        return full and b.kind == "prose" and b.width < 0.6 * width and not ends_sentence(b.text)
    if b.kind in {"heading", "caption", "footnote"}:
        return False
    return full


def _emit(para: list[Line], text: MappedText, pieces: list[tuple[str, int]], counts: Counter) -> None:
    """Append one paragraph (its lines joined) and a closing line break."""
    for n, ln in enumerate(para):
        line_pieces = _inline(ln.text, counts)
        if n and pieces and line_pieces:
            prev, cur = pieces[-1][0], line_pieces[0][0]
            if (is_latin_alnum(prev) and is_latin_alnum(cur)) or (prev in ",;:" and cur.isascii()):
                pieces.append((" ", text.offsets[ln.start - 1] if ln.start else 0))
            counts["lines_joined"] += 1
        pieces.extend((ch, text.offsets[ln.start + k]) for ch, k in line_pieces)
    # the paragraph ends with a line break of the source: its last line's, or an earlier
    # line's when the last line ends the file (a heading moved past it comes after)
    ends = [ln.end for ln in reversed(para) if ln.end < len(text)]
    if ends:
        pieces.append(("\n", text.offsets[ends[0]]))


def clean(readable: MappedText, words: dict[str, int]) -> CleanText:
    """Clean `readable` (mapped to the source); returns text mapped to the source."""
    warnings: list[Warning] = []
    counts: Counter = Counter()
    text = _drop_spam(readable, words, warnings)
    lines = split_lines(text.text)
    classify(lines)
    width = typical_width(lines)
    furniture = [Furniture(ln.kind, ln.stripped, ln.start, ln.end) for ln in lines if ln.furniture]
    for ln in lines:
        if ln.furniture:
            counts[ln.kind] += 1
    content = [ln for ln in lines if ln.kind not in {"blank"} and not ln.furniture]
    pieces: list[tuple[str, int]] = []
    i = 0
    while i < len(content):
        para = [content[i]]
        floated: list[list[Line]] = []
        j = i + 1
        while j < len(content):
            nxt = content[j]
            if _joinable(para[-1], nxt, width):
                para.append(nxt)
                j += 1
                continue
            # a heading or caption dropped inside a running sentence: float it past the paragraph
            k = j
            blocks: list[list[Line]] = []
            while k < len(content) and content[k].kind in FLOATING and len(blocks) < 3:
                block = [content[k]]
                k += 1
                while content[k - 1].kind == "footnote" or block[0].kind == "footnote":
                    if k < len(content) and content[k].kind == "prose" and _joinable(block[-1], content[k], width):
                        block.append(content[k])
                        k += 1
                    else:
                        break
                blocks.append(block)
            if (
                k > j
                and k < len(content)
                and content[k].kind == "prose"
                and para[-1].kind == "prose"
                and not ends_sentence(para[-1].text)
                and para[-1].width >= min(0.8 * width, 40)
            ):
                floated.extend(blocks)
                counts["floated_lines"] += len(blocks)
                para.append(content[k])
                j = k + 1
                continue
            break
        for block in [para, *floated]:
            _emit(block, text, pieces, counts)
        i = j
    for key, label in (
        ("running_head", "running heads removed"),
        ("page_number", "page numbers removed"),
        ("masthead", "masthead/banner lines removed"),
        ("lines_joined", "broken lines joined"),
        ("floated_lines", "headings or captions moved out of a running sentence"),
        ("spaced_characters", "spaced-out character gaps closed"),
        ("thousands_separators", "thousands-separator spaces removed"),
    ):
        if counts[key]:
            warnings.append(Warning(code=f"cleaned_{key}", message=f"{counts[key]} {label}"))
    cleaned = MappedText.build(pieces)
    furniture = [
        Furniture(f.kind, f.text, text.offsets[f.start], text.offsets[f.end - 1] + 1)
        for f in furniture
        if f.end > f.start
    ]
    return CleanText(cleaned, furniture, warnings)
