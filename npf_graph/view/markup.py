"""The cleaned text of a document as HTML, with every highlight at its source span.

The text is the cleaning stage's output (paragraphs rejoined, running heads and mastheads
gone); each of its characters knows its source offset, so an annotation given in source
offsets covers exactly the characters that came from its span. Lines become paragraphs,
Markdown headings (`## …`) become headings and `**…**` / `*…*` emphasis, with the marks
themselves left out, as are image references and link targets. Annotations nest as
elements: a claim stays one element (its id is the anchor the graph links to) around the
citation markers and concepts inside it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

HEADING_RE = re.compile(r"(#{1,6})(?:[ \t\u3000]+|$)")
EMPHASIS_RE = re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\*\*|(?<![*\\A-Za-z0-9])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)")
IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)")  # a converted page's figure: no images on the page
LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|www\.)[^)\s]*\)")  # [text](url): the text stays
ESCAPE_RE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")


@dataclass(frozen=True)
class Mark:
    """An annotation over source offsets [start, end), drawn as one element where it can be."""

    start: int
    end: int
    cls: str
    anchor: str | None = None
    title: str | None = None
    href: str | None = None  # drawn as a link
    tail: str = ""  # HTML placed right after the element's last character (back links)
    rank: int = 5  # outer (small) to inner (large) when two marks cover the same characters

    def open_tag(self, first: bool) -> str:
        tag = "a" if self.href else "span"
        attrs = [f'class="{html.escape(self.cls)}"']
        if self.anchor and first:
            attrs.append(f'id="{html.escape(self.anchor)}"')
        if self.href:
            attrs.append(f'href="{html.escape(self.href)}"')
        if self.title:
            attrs.append(f'title="{html.escape(self.title, quote=True)}"')
        if not self.cls.startswith("md "):
            attrs.append(f'data-span="{self.start}-{self.end}"')
        return f"<{tag} {' '.join(attrs)}>"

    def close_tag(self) -> str:
        return "</a>" if self.href else "</span>"


@dataclass(frozen=True)
class Block:
    tag: str  # p, h2, h3, h4

    def open_tag(self, first: bool) -> str:
        return f"<{self.tag}>"

    def close_tag(self) -> str:
        return f"</{self.tag}>"


def _markdown(text: str, hidden: bytearray) -> tuple[list[tuple[int, int, Block]], list[tuple[int, int, Mark]]]:
    """Blocks (one per line) and emphasis over cleaned positions; Markdown marks set in `hidden`."""
    blocks: list[tuple[int, int, Block]] = []
    emphasis: list[tuple[int, int, Mark]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if end < len(text):
            hidden[end] = 1  # the line break itself: blocks stand apart
        tag = "p"
        head = HEADING_RE.match(line)
        if head:
            tag = f"h{min(len(head.group(1)) + 1, 4)}"
            for i in range(start, start + head.end()):
                hidden[i] = 1
        for m in ESCAPE_RE.finditer(line):
            hidden[start + m.start()] = 1
        for m in IMAGE_RE.finditer(line):
            hidden[start + m.start() : start + m.end()] = b"\x01" * (m.end() - m.start())
        for m in LINK_RE.finditer(line):
            for a, b in ((m.start(), m.start(1)), (m.end(1), m.end())):
                hidden[start + a : start + b] = b"\x01" * (b - a)
        for m in EMPHASIS_RE.finditer(line):
            strong = m.group(1) is not None
            width = 2 if strong else 1
            a, b = start + m.start(), start + m.end()
            for i in (*range(a, a + width), *range(b - width, b)):
                hidden[i] = 1
            emphasis.append((a, b, Mark(a, b, "md strong" if strong else "md em", rank=9)))
        if line.strip(" \t\u3000#"):
            blocks.append((start, end, Block(tag)))
    return blocks, emphasis


def render_mapped(text: str, offsets: Sequence[int], marks: Sequence[Mark]) -> str:
    """`text` (one source offset per character in `offsets`) as HTML blocks with `marks` nested."""
    hidden = bytearray(len(text))
    blocks, emphasis = _markdown(text, hidden)
    covering: dict[int, list[int]] = {}  # source offset -> indices of the marks covering it
    for k, m in enumerate(marks):
        for off in range(m.start, m.end):
            covering.setdefault(off, []).append(k)
    block_at: list[Block | None] = [None] * len(text)
    for a, b, blk in blocks:
        block_at[a:b] = [blk] * (b - a)
    em_at: dict[int, list[Mark]] = {}
    for a, b, em in emphasis:
        for i in range(a, b):
            em_at.setdefault(i, []).append(em)
    visible = [i for i in range(len(text)) if not hidden[i] and block_at[i] is not None]
    last: dict[int, int] = {}  # mark index -> its last visible character
    for i in visible:
        for k in covering.get(offsets[i], ()):
            last[k] = i
    order = {id(m): (m.rank, m.start, -m.end, k) for k, m in enumerate(marks)}
    parts: list[str] = []
    stack: list[object] = []
    opened: set[int] = set()

    def close_to(depth: int, at: int) -> None:
        while len(stack) > depth:
            el = stack.pop()
            parts.append(el.close_tag())  # type: ignore[attr-defined]
            if isinstance(el, Mark) and el.tail and last.get(marks_index[id(el)], -1) < at:
                parts.append(el.tail)

    marks_index = {id(m): k for k, m in enumerate(marks)}
    wanted: dict[tuple, list[object]] = {}

    def nesting(m: Mark) -> tuple[int, int, int, int]:
        return order.get(id(m), (m.rank, m.start, -m.end, 0))

    for i in visible:
        cover, ems = covering.get(offsets[i], ()), em_at.get(i, ())
        key = (id(block_at[i]), tuple(cover), tuple(id(m) for m in ems))
        want = wanted.get(key)
        if want is None:
            inner = [marks[k] for k in cover] + list(ems)
            want = wanted[key] = [block_at[i], *sorted(inner, key=nesting)]
        depth = 0
        while depth < len(stack) and depth < len(want) and stack[depth] is want[depth]:
            depth += 1
        close_to(depth, i)
        for el in want[depth:]:
            first = id(el) not in opened
            opened.add(id(el))
            parts.append(el.open_tag(first))  # type: ignore[attr-defined]
            stack.append(el)
        parts.append(html.escape(text[i]))
    close_to(0, len(text))
    return "".join(parts)


def render_text(text: str, marks: Sequence[Mark]) -> str:
    """Text that is its own source (every offset maps to itself)."""
    return render_mapped(text, range(len(text)), marks)
