"""A numbered reference list cut by its labels in sequence — ``[k]``, ``［k］``, ``k]`` with its
bracket lost, ``k`` or ``k.`` at a line start, ``①`` — so entries run together on one line,
split over lines and pages, glued to the previous entry (``…2016.2陈亚宁``), or under a
damaged or lost label are all found."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from npf_graph.extract.damaged_labels import (
    LINE_AFTER_ENTRY_RE,
    damaged_label,
    digit_lost,
    digit_lost_after_end,
    text_start,
)
from npf_graph.extract.glued_entries import NAMES_AFTER_END, NAMES_HEAD, Entry, glued_unlabelled
from npf_graph.extract.refheadings import HEADING_RE, STOP_RE, YEAR_RE
from npf_graph.extract.work_pairs import LETTER_RE, starts_chinese, translated

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MAX_LAST_ENTRY = 700


MAX_DROPPED = 10  # entries lost in a row that a list of bracketed labels at line starts survives
# a short line with no punctuation, a paragraph of its own: a page's running head, not an entry
RUNNING_HEAD = r"[^\n,，.．:：;；\[\]［］]{1,40}\n[ \t]*\n"


@lru_cache(maxsize=512)
def label_re(k: int, bare: bool = True) -> re.Pattern[str]:
    """Where entry k can begin: '[k]', '［k］', 'k]' (bracket lost), 'k.'/'k ' at a line start
    (unless not `bare`: a manuscript's line numbers stand there), or ⓚ."""
    circled = re.escape(CIRCLED[k - 1]) if k <= len(CIRCLED) else "(?!)"
    bare_forms = (
        rf"|(?:(?<=\n)|(?<=^))[ \t#*]*{k}(?:\s*[.．、]\s*|\s+|(?=[^\d\s.．,，:：\-])|\s?[:：]\s?(?=[A-Z\u4e00-\u9fff]))"
        rf"(?=\S)(?!\d)"  # '1:Kris MG,…', '2：吴一龙，…'
        rf"(?!{RUNNING_HEAD})"  # not '# 14 现代图书情报技术', a page's running head
        # not '….2O17 Alzheimer's…', a year, '…杨秀娟,等.20 种氨基酸…', the authors' end, '…[M].7版.', an edition
        rf"|(?<=[.。．])(?<!等[.。．])(?<!al\.)(?:[ \t]+|(?<!\s\d[.．])){k}\s*(?:[.．]\s*)?(?=[\u4e00-\u9fffA-Z]|https?://)"
        rf"(?![OolI]\d)(?![版卷册辑])"  # not '…at 4.8 GHz', a number in the text
        rf"|(?<=[.。．][)）])[ \t]+{k}[ \t]+(?=[\u4e00-\u9fffA-Z])"  # '…(http://….) 7 ChernovNI,…'
    )
    spaced = r"\s?".join(str(k))
    read = "".join("[1lI]" if d == "1" else "[0Oo]" if d == "0" else d for d in str(k))  # '[l0]', '[ll]' for 10, 11
    return re.compile(
        rf"[\[［〔【「]{{1,2}}\s*{read}\s*[\]］〕】」]|[\[［]{k}[lIi|]?(?=[A-Z\u4e00-\u9fff])"  # '[14iChatham…'
        rf"|(?<=[.。．])[\[［]{k}[ \t](?=[A-Z\u4e00-\u9fff])"  # '….1489-1497.[2 赵明华，…'
        rf"|(?:(?<=\n)|(?<=^))[ \t]*[\[［]{k}[ \t]+(?=[A-Z\u4e00-\u9fff])"  # '[4 BooneRD,…' at a line start
        rf"|(?:(?<=\n)|(?<=^)|(?<=[.。．\s]))[ \t]*+(?:[:：{{|(（]\s?)?{k}\s*[\]］〕】」]"
        # '…16-22. 10[]Kelstrup…', and '….aspx. 74[Leading…' with one bracket left
        rf"|(?:(?<=^)|(?<=[.。．\s])){k}[\[［](?:\s?[\]］](?=\s?[A-Za-z\u4e00-\u9fff])|(?=[A-Za-z\u4e00-\u9fff]{{2}}))"
        # the same in TeX: '$^ { 1 0 } [ ]$'
        rf"|(?:(?<=^)|(?<=\s))\$\s?\^\s?\{{\s?{spaced}\s?\}}\s?[\[［]\s?[\]］]\s?\$"
        rf"|(?:(?<=\n)|(?<=^))[ \t]*[(（]\s?{k}\s?[)）](?=\s?[A-Za-z\u4e00-\u9fff])"  # '(2） Heisenberg W.…'
        rf"{bare_forms if bare else ''}|{circled}"
    )


def line_label_re(k: int) -> re.Pattern[str]:
    """Label k whole, in brackets, at a line start: '[156] …', '[18」…'."""
    return re.compile(rf"(?m)^[ \t]*[\[［]\s*{k}\s*[\]］」]")


# '14 [14] VAREL V H,…' / '15 Animal Science,…': a manuscript numbering its lines inside the list
LINE_NUMBERED_RE = re.compile(r"(?m)^[ \t]*\d{1,4}[ \t]+[\[［]\d{1,3}[\]］]")


def numbered_entries(text: str, start: int, end: int, first_lost: bool = False, first_label: int = 1) -> list[Entry]:
    """Entries by their labels in sequence, from `first_label` (where the conversion lost the list's
    first entries); `first_lost`: the list opens with an entry whose label the conversion garbled
    ('[-」'), so entry 1 starts where the list does."""
    bare = len(LINE_NUMBERED_RE.findall(text, start, end)) < 3
    entries: list[Entry] = []
    lost_labels: list[int] = []
    pos, k = start, first_label
    if first_lost:
        begin = start + len(text[start:end]) - len(text[start:end].lstrip())
        entries.append(Entry(begin, end, "1"))
        pos, k = begin + 1, 2
    while True:
        # a label the conversion lost (or an entry it dropped) is skipped: look for the next two as well
        m, skipped = None, 0
        for skipped in range(3 if entries else 1):
            m = label_re(k + skipped, bare).search(text, pos, end)
            if m is not None:
                break
        if m is not None and not skipped and entries and (later := _labels_before(text, k, pos, m.start(), bare)):
            m, skipped = later  # '6]bleEll…' (for 16) found, '[7]…', '[8]…' before it: label 6 was lost
        if m is None and entries:  # '[156] …' then '[162] …': entries the conversion dropped
            for skipped in range(3, MAX_DROPPED + 1):
                m = line_label_re(k + skipped).search(text, pos, end) or _run_resumes(text, k + skipped, pos, end)
                if m is not None:
                    break
        if m is None and entries:  # '[4] …computer-to' / '[18」…' / '[19]…' / '[20]…': a page of entries lost
            for skipped in range(MAX_DROPPED + 1, MAX_LOST_RUN):
                if (m := _page_resumes(text, k + skipped, pos, end)) is not None:
                    break
        if m is None and entries and k < 10:  # '[56]' for [6], '[Z8]' for [8]: a character doubled into the label
            m, skipped = re.compile(rf"[\[［]\s*(?:{k - 1}|[A-Z])\s*{k}\s*[\]］]").search(text, pos, end), 0
        if m is None and entries and bare and (resumed := _after_lost_labels(text, k, pos, end)) is not None:
            (m, k, gap), skipped = resumed, 0  # '9 Bi,G.Q.…' / 'Maass,W.…' / … / '31 Mcdonald,A.J.…': labels lost
            prev = entries[-1]
            entries[-1] = Entry(prev.start, gap[0][0], prev.label)
            entries += [Entry(s, e, None) for s, e in gap]
        if m is None:
            if entries and (last := _last_label_damaged(text, entries[-1], k, pos, end)) is not None:
                prev = entries[-1]  # '…29-36. [1] 周敏…' for [11], '[12]…' printed again: the last label damaged
                entries[-1:] = [Entry(prev.start, last[0], prev.label), Entry(last[0], end, last[1])]
            break
        if entries and (again := _label_again(text, entries[-1], pos, m.start())) is not None:
            prev = entries[-1]  # '[14]郑翔…946-8. [14]王永光…': a label printed twice
            entries[-1] = Entry(prev.start, again, prev.label)
            entries.append(Entry(again, end, str(k - 1)))
        for lost in range(k, k + skipped):  # '[1]Leney…' where [11] belongs: a label missing a digit
            damaged = damaged_label(text, lost, pos, m.start())
            if damaged is None and skipped == 1 and entries:  # '…19-27.王桂新.城市化…': the label lost whole
                damaged = _unlabelled_head(text, entries[-1].start + 12, m.start())
            if damaged is not None and entries:
                prev = entries[-1]
                entries[-1] = Entry(prev.start, damaged, prev.label)
                entries.append(Entry(damaged, end, str(lost)))
                pos = damaged + 1
            else:
                lost_labels.append(lost)
        k += skipped
        if entries:
            prev = entries[-1]
            entries[-1] = Entry(prev.start, m.start(), prev.label)
        entries.append(Entry(m.start(), end, str(k)))
        pos, k = m.end() + 1, k + 1
    for at, label in _at_line_starts(text, lost_labels, pos, end) if entries else []:
        prev = entries[-1]  # '…6路风…' / '7KevinKelly…' / '4Baller S,…': a label printed out of order, last
        entries[-1] = Entry(prev.start, at, prev.label)
        entries.append(Entry(at, end, label))
    # the last entry still runs to the list's end: what follows it is no list restarted
    entries = [piece for entry in entries[:-1] for piece in _numbering_restarted(text, entry)] + entries[-1:]
    if len(entries) >= 3 and (early := _printed_early(text, entries[0].start, entries[-1].start, k)) is not None:
        entries = _cut_at_labels(text, entries, [k], early, end)  # '3布莱恩…2014.' / '5习近平…' / '4 威廉…'
    if first_label > 1:  # '[19] HAM H,…' / '[1] 赵春江…' … '[5]…' / '[20]…': the first entries, moved by the conversion
        entries = _cut_at_labels(text, entries, range(1, first_label), start, end)
    if entries:
        last = entries[-1]
        entries[-1] = Entry(last.start, _last_entry_end(text, last.start, end), last.label)
        entries += _unlabelled_tail(text, entries[-1], end)
    return [piece for entry in entries for piece in glued_unlabelled(text, entry)]


# a whole entry: names first ('AKASHI S,SHIMAZU R,…', 'WANG Z L,', 'THOMSONAW.', '李国逊,李宁.'), then a
# type code, then the year, to a digit or a full stop; its label, where one is left, beyond the labels looked for
TAIL_ENTRY_RE = re.compile(
    r"[ \t]*(?:[\[［](?P<label>\d{1,3})[\]］]\s*)?"
    r"(?:[\u4e00-\u9fff·]{2,5}\s*[，,、.．]|[A-Z][A-Za-z'\-]+\s*[,，]?\s*(?:[A-Z]{1,3}(?:-[A-Z])?\s*){1,3}[,，.]|[A-Z]{4,}\.)"
    r".{10,}?[\[［][A-Z]{1,2}(?:/OL)?[\]］]?.*?(?:19|20)\d\d.*[\d.。]",
    re.S,
)


def _unlabelled_tail(text: str, last: Entry, end: int) -> list[Entry]:
    """Whole entries, one a line (or two, split by the page), after the last labelled one, their labels
    lost ('[16] BOCHKOV V N,…' / 'AKASHI S,SHIMAZU R,…[J].Journal of Immunology,2000,164(7):3471-3475.'
    / 'THOMSONAW.…'): each is cut off, up to the first line that is no such entry."""
    start = last.end
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:end])]
    out: list[Entry] = []
    tail = glued_unlabelled(text, last)[-1]  # the last of the entries run together on the labelled one's line
    i, previous = 0, text[tail.start : tail.end]
    while i < len(lines):
        for j in range(i, min(i + 2, len(lines))):
            piece = text[start + lines[i][0] : start + lines[j][1]].rstrip()
            if (m := TAIL_ENTRY_RE.fullmatch(piece)) and not translated(previous, piece):
                lead = len(piece) - len(piece.lstrip())
                out.append(Entry(start + lines[i][0] + lead, start + lines[i][0] + len(piece), m.group("label")))
                i, previous = j + 1, piece
                break
        else:
            break
    return out


MAX_LOST_RUN = 40  # labels lost in a row, entries one a line, before the count resumes


def _after_lost_labels(
    text: str, k: int, start: int, end: int
) -> tuple[re.Match[str], int, list[tuple[int, int]]] | None:
    """Where label k and those after it were lost, entries one a line, until the count resumes at a
    line start ('31 Mcdonald,…', with 32 and 33 after it): (the match of that label, its number, the
    lost entries' spans, a line each, and the lines after one that is unfinished)."""
    for j in range(k + 3, k + MAX_LOST_RUN):
        m = _line_start_label(j).search(text, start, end)
        if m is None:
            continue
        after = _line_start_label(j + 1).search(text, m.end(), end)
        if after is None or _line_start_label(j + 2).search(text, after.end(), end) is None:
            return None
        gap: list[tuple[int, int]] = []
        for line in list(re.finditer(r"[^\n]*\S[^\n]*", text[start : m.start()]))[1:]:  # the first is entry k-1's
            s, e = start + line.start(), start + line.end()
            if gap and not _finished(text[gap[-1][0] : gap[-1][1]]):
                gap[-1] = (gap[-1][0], e)
            else:
                gap.append((s + len(line.group()) - len(line.group().lstrip()), e))
        return (m, j, gap) if (j - k) / 2 <= len(gap) <= (j - k) * 3 / 2 else None
    return None


def _page_resumes(text: str, k: int, start: int, end: int) -> re.Match[str] | None:
    """Label k whole at a line start, at most two lines after `start`, with k+1 and k+2 at the next line
    starts with labels: the list going on after a page of entries the conversion lost. Its match, or None."""
    m = line_label_re(k).search(text, start, end)
    if m is None or len(re.findall(r"\S[^\n]*", text[start : m.start()])) > 2:
        return None  # lines between: entries whose labels were lost, not a page lost whole
    nxt = line_label_re(k + 1).search(text, m.end(), end)
    if nxt is None or (later := line_label_re(k + 2).search(text, nxt.end(), end)) is None:
        return None
    between = text[m.end() : later.start()]
    return m if len(BRACKETED_LINE_LABEL_RE.findall(between)) == 1 else None


def _finished(entry: str) -> bool:
    """An entry that holds a year and ends as entries do: the next line starts another."""
    return bool(YEAR_RE.search(entry)) and bool(re.search(r"[.。．)）]\s*$", entry))


def _label_again(text: str, entry: Entry, start: int, end: int) -> int | None:
    """Where the label of `entry` is printed a second time after an entry's end, over another work in
    the same language (not the entry again in translation, '[38］王琪琳…' then '[38] Wang Q L…'), or None;
    bare, at a line start after a line that ends as entries do ('…江苏教育出版社,1998' / '4．卢芸．…')."""
    pattern = (
        rf"(?<=[.。．])\s*[\[［]{entry.label}[\]］][ \t]?(?=[A-Z\u4e00-\u9fff])"
        rf"|(?<=[.。．)）\d])[ \t]*\n[ \t]*{entry.label}[ \t]*[.．、][ \t]*(?=[A-Z\u4e00-\u9fff])"
    )
    m = re.compile(pattern).search(text, start, end)
    if m is None or starts_chinese(text, entry.start, entry.end) != starts_chinese(text, m.end(), end):
        return None
    return text_start(m)


def _labels_before(text: str, k: int, start: int, end: int, bare: bool = False) -> tuple[re.Match[str], int] | None:
    """Labels k+j and k+j+1 whole at line starts, in brackets (or `bare`, without), both before `end`
    (where label k was found, far on), j of 1 or 2 (label k+1 lost as well: '[2]…' '[5]…' '[6]…' …
    '[3]…' for [33]): the match of label k+j and the j labels passed over, or None."""
    at_line_start = _line_start_label if bare else line_label_re
    for j in (1, 2):
        nxt = at_line_start(k + j).search(text, start, end)
        if nxt is not None and at_line_start(k + j + 1).search(text, nxt.end(), end) is not None:
            return nxt, j
    return None


def _cut_at_labels(text: str, entries: list[Entry], labels: Iterable[int], start: int, end: int) -> list[Entry]:
    """`entries` cut where one of `labels` stands at a line start inside one of them."""
    cuts = _at_line_starts(text, labels, start, end)
    out: list[Entry] = []
    for entry in entries:
        pieces = [(at, label) for at, label in cuts if entry.start < at < entry.end]
        bounds = [entry.start, *(at for at, _label in pieces), entry.end]
        labels_in = [entry.label, *(label for _at, label in pieces)]
        out += [Entry(a, b, label) for (a, b), label in zip(pairwise(bounds), labels_in, strict=True)]
    return out


def _printed_early(text: str, start: int, end: int, k: int) -> int | None:
    """Where label k, found nowhere after the last entry, stands at a line start after an entry's end
    between `start` and `end`: the entry the conversion moved before the one it follows. None if not."""
    for m in _line_start_label(k).finditer(text, start, end):
        if LINE_AFTER_ENTRY_RE.search(text, max(start, m.start() - 8), m.start()) and LETTER_RE.match(text, m.end()):
            return m.start()
    return None


def _numbering_restarted(text: str, entry: Entry) -> list[Entry]:
    """`entry` cut where the list's numbering starts again inside it: a lower label in brackets at the
    start of a line after an entry's end, and the labels after it in turn ('[12]许金叶…156-160.' /
    '[10]姚小娜…' / '[11]张超…' / '[12] Callon…' inside [12], with [13] after them, or '[1]Bonde…' between
    [14] and [15]). The last entry is left whole: what follows it there is another list (the data a paper
    deposited, '[1]谢梦瑶…实验数据.zip.'), no entries."""
    if not (entry.label or "").isdigit():
        return [entry]
    cuts: list[tuple[int, str]] = []
    for m in BRACKETED_LINE_LABEL_RE.finditer(text, entry.start + 1, entry.end):
        n = int(m.group(1))
        if LINE_AFTER_ENTRY_RE.search(text, max(entry.start, m.start() - 8), m.start()) and (
            n == int(cuts[-1][1]) + 1 if cuts else _restarts(text, n, int(entry.label), entry.start + 1, m.start())
        ):
            cuts.append((text_start(m), str(n)))
    bounds = [entry.start, *(at for at, _label in cuts), entry.end]
    labels = [entry.label, *(label for _at, label in cuts)]
    return [Entry(a, b, label) for (a, b), label in zip(pairwise(bounds), labels, strict=True)]


def _restarts(text: str, n: int, label: int, start: int, at: int) -> bool:
    """Label n, lower than the `label` of the entry it stands in, starts the numbering again there, where
    its own predecessor is not printed before it in the entry (a list of its own)."""
    return 0 < n < label and re.search(rf"[\[［]\s?{n - 1}\s?[\]］]", text[start:at]) is None


BRACKETED_LINE_LABEL_RE = re.compile(r"(?m)^[ \t]*[\[［]\s*(\d{1,3})\s*[\]］」]")  # any label k whole at a line start


def _at_line_starts(text: str, labels: Iterable[int], start: int, end: int) -> list[tuple[int, str]]:
    """(where, label) of those of `labels` that stand at a line start between `start` and `end`, in
    text order: labels passed over as lost, printed after the last entry found (entries the conversion
    moved after the others), or a list's first labels, moved inside it."""
    return sorted((m.start(), str(k)) for k in labels if (m := _line_start_label(k).search(text, start, end)))


@lru_cache(maxsize=512)
def _line_start_label(k: int) -> re.Pattern[str]:
    """Label k whole at a line start, in brackets or bare: '[4] …', '4 国务院…', '4Baller S,…'."""
    return re.compile(rf"(?m)^[ \t]*(?:[\[［]\s?{k}\s?[\]］]|{k}(?:[ \t]+|[.．、]\s*|(?=[A-Z\u4e00-\u9fff])))")


def _run_resumes(text: str, k: int, start: int, end: int) -> re.Match[str] | None:
    """Label k whole, in brackets after an entry's end inside a run of entries on one line, with
    label k+1 so printed after it ('…14(3)：457-483. [19]Jamaludin A…[20]Twining P…'): the run goes
    on past entries the conversion garbled. The match of label k, or None."""
    for m in _in_run_re(k).finditer(text, start, end):
        if _in_run_re(k + 1).search(text, m.end(), min(end, m.end() + MAX_LAST_ENTRY)):
            return m
    return None


@lru_cache(maxsize=512)
def _in_run_re(k: int) -> re.Pattern[str]:
    return re.compile(rf"(?:(?<=[.。．])|(?<=[.。．][ \t]))[\[［]{k}[\]］][ \t]?(?=[A-Z\u4e00-\u9fff])")


def _last_label_damaged(text: str, entry: Entry, k: int, start: int, end: int) -> tuple[int, str] | None:
    """Where the last entry begins after `entry` under a damaged label, and its label: the label of
    `entry` printed again, or (k of 10 or more) label k with one of its digits lost, after an entry's end."""
    if (again := _label_again(text, entry, start, end)) is not None:
        return again, str(entry.label)
    lost = digit_lost_after_end("|".join(sorted(digit_lost(str(k))))).search(text, start, end) if k >= 10 else None
    if lost is None or line_label_re(int(lost.group("read")) + 1).search(text, lost.end(), end):
        return None  # '[1]谢梦瑶…实验数据.zip.' / '[2]…': another list, read from its own first label
    return text_start(lost), str(k)


UNLABELLED_HEAD_RE = re.compile(rf"{NAMES_AFTER_END}(?={NAMES_HEAD})")


def _unlabelled_head(text: str, start: int, end: int) -> int | None:
    """Where an entry whose label the conversion lost begins inside the one before it: names after
    that entry's end ('…19-27.王桂新.', '…773-776潘珂．', '…943-949 Parikh JR，'), with a year after them."""
    for m in UNLABELLED_HEAD_RE.finditer(text, start, end):
        before, after = text[max(0, start - 12) : m.start()], text[m.end() : min(end, m.end() + 200)]
        if translated(before, after) and set(YEAR_RE.findall(before)) & set(YEAR_RE.findall(after)):
            continue  # '…2020，28(4)： 621- 625.' / 'Wang M.，Gan M X.，…2020，…': the entry again in English
        if YEAR_RE.search(text, m.end(), min(end, m.end() + 200)) and m.end() < end - 20:
            return m.end()
    return None


def _last_entry_end(text: str, start: int, end: int) -> int:
    """The last entry runs to its paragraph's end, and on over paragraph breaks while it is unfinished."""
    stop = start
    while stop < end:
        para = text.find("\n\n", stop + 1, end)
        nxt = end if para < 0 else para
        if stop > start:
            piece = text[stop:nxt].strip()
            if len(piece) > 200 or STOP_RE.match(piece) or HEADING_RE.match(piece) or piece.startswith("#"):
                break
        stop = nxt
        if re.search(r"[.。．)）]\s*$", text[start:stop]) or stop - start > MAX_LAST_ENTRY:
            break
    if stop - start > MAX_LAST_ENTRY:
        line = text.find("\n", start, stop)
        stop = stop if line < 0 else line
    return stop
