"""Page jumps: '（下转第48页）' sends the reader to a later page, '（上接第35页）' takes up an
article from an earlier one. Between them, and after a jump that follows an article's end,
the converter put other articles' text, which is neither this paper's list nor its body.
A list also goes on past a section the converter moved into it from another column."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from npf_graph.extract.numbered_entries import line_label_re
from npf_graph.extract.refheadings import HEADING_RE, JUMP_RE

JUMP_LINE_RE = re.compile(r"[ \t#*]*[(（]\s*[上下]\s*[转接]")  # a line that opens with a jump
LINE_LABEL_RE = re.compile(r"(?m)^[ \t]*[\[［]\s?(\d{1,3})\s?[\]］]")
ENDED_RE = re.compile(r"(?m)^[ \t#*]*[(（]?\s*收稿日期")
CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
ANY_LABEL = 999  # no bound on the label that goes on after a jump


def list_goes_on(text: str, pos: int, cited: int) -> bool:
    """After a page jump at `pos` ('（下转封三页）', '# （上接1664页）'), the entry labelled one past
    the last before it, which the body cites: the list goes on over the other page."""
    return _next_label_at(text, _last_label(text, pos), pos, cited)


def _next_label_at(text: str, last: int | None, pos: int, cited: int) -> bool:
    """The first label at a line start past `pos` is the one after `last`, and the body cites it."""
    after = LINE_LABEL_RE.search(text, pos, pos + 400)
    return last is not None and after is not None and int(after.group(1)) == last + 1 <= cited


def list_taken_up(text: str, pos: int, cited: int) -> int | None:
    """After a jump to a later page on the line at `pos` ('（下转431页）'), other articles' entries, then
    the jump that takes this article up again ('# (上接415页）') and the entry labelled one past the last
    before `pos`, which the body cites: where that second jump ends, as the list goes on after it."""
    line_end = text.find("\n", pos)
    jump = JUMP_RE.search(text, pos, len(text) if line_end < 0 else line_end)
    if jump is None or jump.group("kind") != "下":
        return None
    ups = _taking_up(text)
    k = bisect_left(ups, jump.end(), key=lambda m: m.start())
    back = ups[k] if k < len(ups) and ups[k].start() < jump.end() + TAKEN_UP_REACH else None
    if back is None or not _next_label_at(text, _last_label(text, pos), back.end(), cited):
        return None
    return back.end()


TAKEN_UP_REACH = 20_000  # how far past the jump the other articles' text may run


@lru_cache(maxsize=4)
def _taking_up(text: str) -> list[re.Match[str]]:
    """The jumps in `text` that take an article up from an earlier page, in order."""
    return [m for m in JUMP_RE.finditer(text) if m.group("kind") == "上"]


def list_resumes(text: str, pos: int, cited: int) -> bool:
    """After a heading at `pos` that the conversion moved into the list from another column (a
    figure's caption, then '# 4结论' and its paragraphs), the entries labelled one and two past the
    last before it, at line starts, the body citing the first: the list goes on after the section."""
    last = _last_label(text, pos)
    if last is None or last + 1 > cited:
        return False
    nxt = line_label_re(last + 1).search(text, pos, pos + RESUME_REACH)
    return nxt is not None and line_label_re(last + 2).search(text, nxt.end(), nxt.end() + 1500) is not None


def _last_label(text: str, pos: int) -> int | None:
    """The last label in brackets at a line start in the 3,000 characters before `pos`."""
    labels = [int(m.group(1)) for m in LINE_LABEL_RE.finditer(text, max(0, pos - 3000), pos)]
    return labels[-1] if labels else None


RESUME_REACH = 4000  # how far past such a heading the list's next entry may stand


def other_articles(text: str) -> list[tuple[int, int]]:
    """Stretches from a '下转' jump to the next '上接' one (or the end), and from a '上接' jump after
    this article ended to the next received date (or the end): other articles' text."""
    out, begin = [], None
    for m in JUMP_RE.finditer(text):
        if m.group("kind") == "下" and begin is None:
            begin = m.start()
        elif m.group("kind") == "上" and begin is not None:
            out.append((begin, m.start()))
            begin = None
        elif m.group("kind") == "上" and (stop := _tail_end(text, m.start(), m.end())) is not None:
            out.append((m.start(), stop))
    return [*out, (begin, len(text))] if begin is not None else out


def _tail_end(text: str, jump: int, after: int) -> int | None:
    """Where another article's tail, taken up by the jump at `jump`, stops (its received date or
    the end); None when what follows the jump is this article's."""
    stop = next((n.start() for n in ENDED_RE.finditer(text, after)), len(text))
    if ENDED_RE.search(text, max(0, jump - 300), jump):
        return stop  # '（收稿日期：…）' then '（上接第109页）': this article ended just before
    headings = [*HEADING_RE.finditer(text, 0, jump)]
    if not headings or not text[headings[-1].end() : jump].strip() or list_goes_on(text, jump, ANY_LABEL):
        return None
    # '[13」曹学伟,…' / '（上接104页）' / '# 参考文献：' / '[1]严英榴,…': the list before the jump is this
    # article's, unless what follows reads far more like its body ('# 6结束语 根据亚磁场…')
    body = _grams(text[: headings[0].start()])
    own, tail = _grams(text[headings[-1].start() : jump]), _grams(text[after:stop])
    return None if _share(tail - own, body) >= max(2 * _share(own - tail, body), 0.1) else stop


def _grams(text: str) -> set[str]:
    """The two-character pieces of the text's runs of Chinese characters."""
    return {run[i : i + 2] for run in CJK_RUN_RE.findall(text) for i in range(len(run) - 1)}


def _share(grams: set[str], body: set[str]) -> float:
    return len(grams & body) / len(grams) if grams else 0.0
