"""Foreign co-authors in a Chinese byline, printed in Latin letters: between two Chinese names
('韩世鹏 Olatunji Mumini Omisore 王 磊', '任岩1,²,Abduwasit Ghulam4,Hsiang-te KUNG5, 陈芸'), last after a
list comma ('张会1²,HAKLAYMuki³') or first before marked Chinese names ('Gerd Gigerenzerl 栾胜华²')."""

from __future__ import annotations

import re
from itertools import pairwise

from npf_graph.extract.name_marks import LIST_MARKS, MARK_RE, Name

# 'Olatunji Mumini Omisore' or '…4,Hsiang-te KUNG5,' between two Chinese names: foreign co-authors, two to
# four capitalised words each (a surname maybe in capitals), apart by marks or list commas
# an initial may stand for a word ('Tawanda S.Mutusva', 'AudreyL.Mayer')
LATIN_NAME_RE = re.compile(
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
    r"(?:(?:[ \-]|(?<=\.)|(?=[A-Z]\.))(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,}|[A-Z]\.)){1,3}(?<!\.)"
)
# '…Mutusval,3': the first of a name's marks read as 'l'
MARK_AS_L_RE = re.compile(r"l(?=[,，][\d¹²³⁴⁵⁶⁷⁸⁹])")


# '张会1²,HAKLAYMuki³': a foreign co-author last, after a list comma, the surname in capitals or not
LATIN_LAST_RE = re.compile(
    rf"[{LIST_MARKS}\s]*[，,、]\s*([A-Z]{{2,}}\s?[A-Z][a-z]+|[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{1,3}})[{LIST_MARKS}\s]*"
)


def with_latin_names(line: str, names: list[Name]) -> list[Name]:
    """`names` with the Latin names printed between two of them or last after a list comma."""
    out = names[:1]
    for prev, nxt in pairwise(names):
        out.extend(_latin_between(line, prev.end, nxt.start))
        out.append(nxt)
    if names and (last := LATIN_LAST_RE.fullmatch(line, names[-1].end)):
        out.append(Name(last.group(1), last.start(1), last.end(1), ""))
    first = LATIN_FIRST_RE.fullmatch(line, 0, names[0].start) if names else None
    if first and MARK_RE.match(line, names[0].end):  # marked names after it: a byline, not an English title
        # 'Gerd Gigerenzerl 栾胜华²': the first name's mark 1 read as 'l' when the next name is marked 2
        second = re.match(r"[2²]", line[names[0].end :])
        end = first.end(1) if second else first.end(2)
        out.insert(0, Name(line[first.start(1) : end], first.start(1), end, ""))
    return out


MARKS = r"\d¹²³⁴⁵⁶⁷⁸⁹*\\'’‘"  # what follows a name in a list: its marks ('吴 潮'，Ying Zhang³，'),
APART = MARKS + ",，、"  # and the list's commas
LATIN_PIECE_RE = re.compile(rf"[^\s{APART}](?:[^{APART}]*[^\s{APART}])?")  # what lies between them


def _latin_between(line: str, start: int, end: int) -> list[Name]:
    """The Latin names that are all the gap between two names holds besides marks and list commas
    (one alone set off by spaces: 'Olatunji Mumini Omisore'), or []."""
    gap = line[start:end]
    if not re.match(rf"[{MARKS}]*[\s,，、]", gap):
        return []  # glued to the name before: no list
    pieces = [(m.start(), m.end() - bool(MARK_AS_L_RE.match(gap, m.end() - 1))) for m in LATIN_PIECE_RE.finditer(gap)]
    if not pieces or not all(LATIN_NAME_RE.fullmatch(gap, a, b) for a, b in pieces):
        return []
    if len(pieces) == 1 and not re.search(rf"[\s,，、][{MARKS}\s]*$", gap):
        return []  # one name glued to the next Chinese one
    return [Name(gap[a:b], start + a, start + b, "") for a, b in pieces]


# 'Gerd Gigerenzerl 栾胜华² 刘永芳³': a foreign co-author first, before the Chinese names
LATIN_FIRST_RE = re.compile(rf"[\s#*]*([A-Z][a-z]+(?:[ \-][A-Z][a-z]+?){{1,3}})(l?)[{LIST_MARKS}]*[ \t\u3000]+")
