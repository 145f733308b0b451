"""The head of a journal's front page, read line by line as converted: byline, affiliations, title.

Cleaning joins short lines and moves lines that interrupt a sentence, which is
right for the body and wrong for the head, where every line is a field. So the
head is read on the readable text before cleaning: from the top to the first
labelled block (摘要, Abstract, 关键词). The byline is the first line there that
reads as names (`byline.parse_byline`), a citation line (``赵薇,梁赛.题名.刊名,2017``)
excepted; the lines under it hold the numbered affiliations, and the title is
the nearest line over it that is no journal furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from npf_graph.document import Doc
from npf_graph.extract.byline import Name, affiliation_units, mark_numbers, parse_byline
from npf_graph.models import Author

FRONT_LABEL_RE = re.compile(
    r"^[\s#*]*+[\[［【]?\s{0,2}(?:摘\s{0,2}要|提\s{0,2}要|关\s{0,2}键\s{0,2}词|Abstract|Key\s{0,2}words)", re.I
)
CITATION_LINE_RE = re.compile(r"^\s*+[.．]\s*+\S{8,}")
MAX_HEAD_LINES = 40


@dataclass(frozen=True)
class Line:
    start: int  # offset in the readable text
    text: str


def head_lines(doc: Doc) -> list[Line]:
    """Non-empty lines of the readable text, from the top to the first labelled block."""
    text = doc.source.readable.text
    out: list[Line] = []
    pos = 0
    while pos < len(text) and len(out) < MAX_HEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if FRONT_LABEL_RE.match(line):
            break
        if line.strip():
            out.append(Line(pos, line))
        pos = end + 1
    return out


def find_byline(lines: list[Line]) -> tuple[int, list[Name]] | None:
    """(index of the byline among `lines`, its names), or None."""
    for i, line in enumerate(lines):
        if len(line.text) > 300:
            continue
        names = parse_byline(line.text)
        if names and not CITATION_LINE_RE.match(line.text[names[-1].end :]):
            return i, names
    return None


def head_authors(doc: Doc) -> list[Author]:
    """Authors of the byline under the title, each with the affiliations its marks point to."""
    lines = head_lines(doc)
    found = find_byline(lines)
    if found is None:
        return []
    i, names = found
    line = lines[i]
    doc.notes["byline_line"] = i
    rest = line.text[names[-1].end :] + "\n" + "\n".join(x.text for x in lines[i + 1 : i + 8] if len(x.text) < 400)
    units = dict(affiliation_units(rest))
    marked = any(mark_numbers(n.marks) for n in names)
    readable = doc.source.readable
    authors = []
    for n in names:
        wanted = mark_numbers(n.marks) if marked else sorted(units)
        authors.append(
            Author(
                id=f"author-{doc.record.id[:8]}-{n.text}",
                name=n.text,
                affiliations=[units[k] for k in (wanted or [1]) if k in units],
                span=readable.source_span(line.start + n.start, line.start + n.end),
            )
        )
    return authors


def title_line(doc: Doc, is_title: object) -> str | None:
    """The nearest line over the byline that `is_title` accepts (images skipped), or None."""
    byline = doc.notes.get("byline_line")
    if not isinstance(byline, int) or not callable(is_title):
        return None
    lines = head_lines(doc)
    for k in range(byline - 1, max(-1, byline - 4), -1):
        text = lines[k].text.strip()
        if text.startswith("!["):
            continue
        return text if is_title(text) else None
    return None
