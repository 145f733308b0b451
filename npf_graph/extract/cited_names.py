"""Names a byline lost, recovered from the paper's own citation line: many journals print how to
cite the paper above its title ('单立山,李毅,张荣,张正中,种培芳.降雨格局变化对….生态学报,2017,…'),
and that line names every author whole where the byline's last name has no mark or a rare surname."""

from __future__ import annotations

import re

from npf_graph.extract.byline import MARK_AFTER_RE
from npf_graph.extract.name_marks import Name
from npf_graph.extract.refheadings import YEAR_RE
from npf_graph.ingest.chars import cjk_count

CJK_NAME = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,4}"
CITATION_LINE_RE = re.compile(
    rf"^[\s#*]*(?:(?:本文)?引用(?:格式|本文)\s*[:：]\s*)?(?P<names>{CJK_NAME}(?:\s*[,，、]\s*{CJK_NAME}){{1,19}})"
    r"\s*[.．]\s*(?P<rest>.*)$"
)


def cited_names(texts: list[str]) -> list[str]:
    """The authors the first citation line among `texts` names (a list of names, then a title, a
    journal and a year), or []."""
    for text in texts:
        m = CITATION_LINE_RE.match(text)
        if m and YEAR_RE.search(m.group("rest")) and cjk_count(m.group("rest")) >= 8:
            return [n.strip() for n in re.split(r"[,，、]", m.group("names"))]
    return []


def with_cited_names(line: str, names: list[Name], cited: list[str]) -> list[Name]:
    """`names` (found on the byline `line`) completed by the `cited` ones, where the found ones are
    the cited ones in order, or a part of one with the rest printed after it, or one and the start
    of the next ('张玉' in '张玉龙阳农业大学', '刘立涛陈' in '刘立涛陈 伍'), and each cited name
    the byline lost is printed on it between its neighbours (spaces inside allowed: '张 荣')."""
    if len(cited) < len(names) or not _in_order([n.text for n in names], cited):
        return names
    out: list[Name] = []
    pos, k = 0, 0
    for name in cited:
        pattern = _printed(name)
        if k < len(names) and _related(names[k].text, name):
            m = pattern.match(line, names[k].start)
            if m is None:
                return names
            out.append(names[k] if names[k].text == name else Name(name, m.start(), m.end(), ""))
            pos, k = m.end(), k + 1
            continue
        stop = names[k].start if k < len(names) and names[k].start >= pos else len(line)
        m = pattern.search(line, pos, stop)
        if m is None:
            return names
        out.append(Name(name, m.start(), m.end(), ""))
        pos = m.end()
    if [n.text for n in out] == [n.text for n in names]:
        return names
    return [_with_marks(line, n, out[i + 1].start if i + 1 < len(out) else None) for i, n in enumerate(out)]


def _printed(name: str) -> re.Pattern[str]:
    return re.compile(r"[ \t\u3000]?".join(map(re.escape, name)))


def _related(found: str, cited: str) -> bool:
    """The found name is the cited one, a part of it, or it and the start of the next."""
    return found == cited or (len(found) >= 2 and (cited.startswith(found) or found.startswith(cited)))


def _in_order(found: list[str], cited: list[str]) -> bool:
    it = iter(cited)
    return all(any(_related(name, c) for c in it) for name in found)


def _with_marks(line: str, name: Name, stop: int | None) -> Name:
    """A recovered name gets the marks printed after it, as the byline's own names do."""
    if name.marks:
        return name
    end = stop if stop is not None else min(len(line), name.end + 12)
    return Name(name.text, name.start, name.end, line[name.end : end]) if MARK_AFTER_RE.match(line, name.end) else name
