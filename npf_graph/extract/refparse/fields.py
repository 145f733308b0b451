"""Field values of a reference from the labeller's spans: edges trimmed, names split, codes normalised."""

from __future__ import annotations

import re
from itertools import pairwise

from npf_graph.extract.name_runs import AFFILIATION_RE
from npf_graph.extract.refparse.author_spans import whole_capital_names
from npf_graph.extract.refstyles.common import (
    DOI_RE,
    URL_RE,
    YEAR_RE,
    ParsedRef,
    clean_pages,
    language,
    split_label,
)

PUNCT = "\t \u3000.．。,，;；:：、/\\|“”\"'‘’「」『』《》〈〉<>*"
BRACKETS = (("(", ")"), ("（", "）"), ("[", "]"), ("［", "］"), ("【", "】"), ("〔", "〕"))
SINGLE = ("title", "container", "publisher", "place", "volume", "issue", "pages", "date")


def _trim(text: str) -> str:
    """Edge punctuation off; a bracket at an edge only when it has no partner inside."""
    t = text.strip(PUNCT)
    changed = True
    while changed and t:
        changed = False
        for op, cl in BRACKETS:
            if t[:1] in (op, cl) and (t[0] == cl or t.count(op) > t.count(cl)):
                t, changed = t[1:].strip(PUNCT), True
            if t[-1:] in (op, cl) and (t[-1] == op or t.count(cl) > t.count(op)):
                t, changed = t[:-1].strip(PUNCT), True
    return re.sub(r"\s+", " ", t)


def _type_code(text: str) -> str | None:
    code = re.sub(r"\s+", "", text).strip("[]［］").upper()
    if not code:
        return None
    code = re.sub(r"/0L$", "/OL", code)  # '[EB/0L]': O read as zero
    return code if code == "EB/OL" else code.split("/")[0]


def _number(text: str) -> str | None:
    t = _trim(text)
    m = re.fullmatch(r"(?:第|Vol\.?|No\.?|vol\.?|no\.?)?\s*([\w\-–—/.]+?)\s*(?:期|卷|辑|册)?", t)
    return (m.group(1) if m else t) or None


LEAD_NUMBER = r"[\[［]?\d{1,3}[\]］.．、]?\s*"  # a label or a manuscript's line number: '60 Liu,Z., …'
INVERTED_NAME = r"[A-Z][A-Za-z'\-]+\s*,\s*(?:[A-Z]\s*\.?\s*-?\s*){1,3}"  # 'Zhu, K. X.', 'Hu,Y' (no stop)
VANCOUVER_NAME = r"[A-Z][A-Za-z'\-]+\s+[A-Z]{1,3}(?![A-Za-z])"  # 'MA XG', 'Wang WC': the surname, then initials
LEADING_NAME_RE = re.compile(
    rf"^\s*(?:{LEAD_NUMBER})?(?P<name>{INVERTED_NAME}|{VANCOUVER_NAME})(?P<more>(?:,\s*{INVERTED_NAME})*)\s*,?\s*(?:and|&)?\s*$"
)
INVERTED_NAME_RE = re.compile(INVERTED_NAME)
# 'OECD (2003).', 'World Bank. (2019).', 'Zhao, J (2019).': a body or a name before the year, where no
# author is labelled; 'World Bank.2020.', 'UNCTAD. 2019b.': a body of a few words, a full stop before the year
LEADING_BODY_RE = re.compile(
    rf"^\s*(?:{LEAD_NUMBER})?(?:(?P<name>{INVERTED_NAME}|[A-Z][A-Za-z&\-]*(?:\s+[A-Za-z&\-]+){{0,6}})\s*[.,]?\s*[(（]"
    r"|(?P<body>[A-Z]{2,}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s*\.)\s*$"
)


def _leading_author(raw: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Zhu, K. X. , and Z. Z. Zhou, 2012, …', '60 Liu,Z., Wang,Y.,…', 'MA XG, ZHAO C,…': names left unlabelled
    before the first author span ('Guo,J.,Fu,M.,Liu,D.,…') are the first authors; 'OECD (2003).…': a
    body left unlabelled before the year, where no author is labelled, is the author."""
    if not spans or spans[0][0] == 0:
        return spans
    head = raw[: spans[0][0]]
    if spans[0][2] == "author":
        m = LEADING_NAME_RE.match(head)
    elif spans[0][2] == "year" and not any(f == "author" for _s, _e, f in spans):
        m = LEADING_BODY_RE.match(head)
    else:
        m = None
    if m is None:
        return spans
    if spans[0][2] == "year" and m.group("body"):
        return [(m.start("body"), m.end("body"), "author"), *spans]
    more = m.end("more") if spans[0][2] == "author" else m.end("name")
    names = [(n.start(), n.end(), "author") for n in INVERTED_NAME_RE.finditer(raw, m.end("name"), more)]
    return [(m.start("name"), m.end("name"), "author"), *names, *spans]


INITIALS_ONLY_RE = re.compile(r"(?:[A-Z]\s*\.\s*-?\s*){1,3}")
SURNAME_AFTER_RE = re.compile(r"\s*(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s*[,，(]|\s+(?:and|&)\s)")


def _surname_after_initials(raw: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'… and Z. Z. Zhou, 2012': a name printed initials first, its surname left unlabelled after
    an author span that holds only the initials."""
    out = []
    for k, (start, end, field) in enumerate(spans):
        nxt = spans[k + 1][0] if k + 1 < len(spans) else len(raw)
        m = SURNAME_AFTER_RE.match(raw, end) if field == "author" else None
        if m and INITIALS_ONLY_RE.fullmatch(raw[start:end].strip()) and m.end("surname") <= nxt:
            end = m.end("surname")
        out.append((start, end, field))
    return out


BARE_SURNAME_RE = re.compile(r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?")  # 'Van Doornen', 'Campbel'
# ',L.P.', ', Bengt O.': the initials (or given name and initial) of an inverted name, before the next name or year
INITIALS_AFTER_RE = re.compile(
    r"\s*[,，]\s*(?P<ini>(?:[A-Z]\s?\.\s?-?\s?){1,3}|[A-Z][a-z]+ [A-Z]\.)(?=\s*(?:[,，&(（]|and\b))"
)
# 'Wright,P.D.Bretthauer,K.M.': the next inverted name glued after a name's last initial
GLUED_NAME_RE = re.compile(r"(?<=[A-Z]\.)(?=[A-Z][a-z][A-Za-z'\-]*\s?,\s?[A-Z]\.)")


def _inverted_names(raw: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """APA names printed surname first: a surname the labeller cut from its initials gets them back
    ('Van Doornen' + 'L.P.', 'Muthen' + 'Bengt O.'), and two names whose comma was lost are two
    ('Wright,P.D.Bretthauer,K.M.')."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(spans):
        start, end, field = spans[k]
        k += 1
        m = INITIALS_AFTER_RE.match(raw, end) if field == "author" else None
        if m and BARE_SURNAME_RE.fullmatch(raw[start:end].strip()):
            nxt = spans[k] if k < len(spans) else None
            if nxt and nxt[2] == "author" and nxt[0] >= m.start("ini") and nxt[1] <= m.end("ini"):
                k += 1  # the initials labelled as a name of their own
            if nxt is None or nxt[0] >= m.start("ini"):
                end = m.end("ini")
        if field != "author":
            out.append((start, end, field))
            continue
        cuts = [start, *(g.start() for g in GLUED_NAME_RE.finditer(raw, start, end)), end]
        out += [(a, b, field) for a, b in pairwise(cuts)]
    return out


# 'W.J. Daly', 'A． Agarwal', 'J. C. Zhang', 'G P.Long', 'J.-P. Sartre': initials (a dot may be lost), then
# the surname; written so that every piece of text can be read one way only (no backtracking blow-up)
INITIALS_FIRST_NAME = r"(?:[A-Z](?:\s?[.．]|(?=\s))\s*(?:-\s*)?)+[A-Z][A-Za-z'\-]+"
NAME_SEP = r"(?:\s*[,，]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)"
INITIALS_FIRST_LIST_RE = re.compile(rf"{INITIALS_FIRST_NAME}(?:{NAME_SEP}{INITIALS_FIRST_NAME})+")
INITIALS_FIRST_NAME_RE = re.compile(INITIALS_FIRST_NAME)
ET_AL_END_RE = re.compile(r"[,，]?\s*(?:et\s*al|等人?)\.?\s*$")


def _initials_first_names(raw: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'A. Singh, W.J. Daly, A.K. Gupta': names printed initials first and set apart by commas are one
    author each, where the labeller joined two ('Daly, A.K. Gupta') or left one or more out ('W.J.',
    'D.R.Fan,N. Yuan,' before the first author it labelled)."""
    authors = [k for k, (_s, _e, f) in enumerate(spans) if f == "author"]
    if not authors or any(spans[k][2] != "author" for k in range(authors[0], authors[-1] + 1)):
        return spans
    lo = spans[authors[0] - 1][1] if authors[0] else 0
    start, end = spans[authors[0]][0], spans[authors[-1]][1]
    tail = ET_AL_END_RE.search(raw, start, end)
    stop = tail.start() if tail else end
    for head in [*(m.start() for m in INITIALS_FIRST_NAME_RE.finditer(raw, lo, start)), start]:
        if INITIALS_FIRST_LIST_RE.fullmatch(raw, head, stop):
            names = [(m.start(), m.end(), "author") for m in INITIALS_FIRST_NAME_RE.finditer(raw, head, stop)]
            return [*spans[: authors[0]], *names, *spans[authors[-1] + 1 :]]
    return spans


PLACE_AFTER_RE = re.compile(r"\s*,\s*(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*[*,.;:)]|\s*$)")


def _place_after_publisher(raw: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Springer, Cham': a place printed after its publisher and left unlabelled."""
    if any(f == "place" for _s, _e, f in spans):
        return spans
    for k, (_start, end, field) in enumerate(spans):
        if field == "publisher":
            m = PLACE_AFTER_RE.match(raw, end)
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(raw)
            if m and m.end("place") <= nxt:
                return [*spans[: k + 1], (m.start("place"), m.end("place"), "place"), *spans[k + 1 :]]
    return spans


GLUED_CODE_RE = re.compile(r"(?<![0-9A-Za-z])\d+[A-Za-z]{1,3}(?=[\u4e00-\u9fff])")


def _glued_title_start(spans: list[tuple[int, int, str]], raw: str) -> list[tuple[int, int, str]]:
    """'5G与智慧图书馆建设': a code such as 5G or 3D glued to the words after it starts a title; the
    labeller may cut the title at the code, taking the code or its digits for a volume or label
    (or leaving them out) and the rest for a title, or for an author when no title is labelled."""
    has_title = any(f == "title" for _s, _e, f in spans)
    for code in GLUED_CODE_RE.finditer(raw):
        head = code.start()
        for k, (s1, e1, f1) in enumerate(spans):
            if not (head < s1 <= code.end()) or not (f1 == "title" or (f1 == "author" and not has_title)):
                continue
            before = [(s, min(e, head), f) for s, e, f in spans[:k] if s < head]
            return [*before, (head, e1, "title"), *spans[k + 1 :]]
    return spans


# '…产业分析报告[OLJ': a type code whose closing bracket was read as J, left at the title's end
OPEN_CODE_RE = re.compile(r"\s*[\[［](?P<code>EB/OL|OL|[JMCDRNPS])J?$")


# a year read inside a link ('https://doi.0rg/10.1080/17441692.2011.552067'): no publication year; one after
# the link and a comma is ('http://www.snort.org/dl/snortsp,2007')
LINK_RE = re.compile(r"(?:https?://|www\.|doi[.:/])[^\s,，]*", re.I)
IN_LINK_RE = re.compile(rf"{LINK_RE.pattern}$", re.I)


def fields_from_spans(raw: str, spans: list[tuple[int, int, str]]) -> ParsedRef:
    """A ParsedRef from labelled spans of `raw`."""
    ref = ParsedRef(raw=raw.strip(), style="crf", lang=language(raw))
    seen: set[str] = set()
    spans = _initials_first_names(raw, _surname_after_initials(raw, _leading_author(raw, spans)))
    spans = whole_capital_names(raw, _inverted_names(raw, spans))
    spans = _glued_title_start(_place_after_publisher(raw, spans), raw)
    for start, end, field in spans:
        if field == "pages":  # '26-46+204-205': the model may stop at the first range
            more = PAGES_MORE_RE.match(raw, end)
            end = more.end() if more else end
        piece = re.sub(r"\s+", " ", raw[start:end])  # runs of whitespace collapsed once: linear trimming
        if field == "label":
            digits = re.search(r"\d+|[\u2460-\u2473]", piece)
            if digits and ref.label is None:
                d = digits.group()
                ref.label = d
        elif field == "author":
            name = _author(piece)
            if name and name not in ("佚名", "Anon", "Anon."):
                ref.authors.append(name)
        elif field == "year":
            m = YEAR_RE.search(piece)
            if (
                m
                and ref.year is None
                and (not IN_LINK_RE.search(raw, max(0, start - 200), start) or m.group(1) in LINK_RE.sub(" ", raw))
            ):  # a year read inside a link only where the entry prints it outside its links too
                ref.year = int(m.group(1))
        elif field == "type":
            if ref.type is None:
                ref.type = _type_code(piece)
        elif field == "url":
            if ref.url is None:
                ref.url = re.sub(r"\s+", "", piece).rstrip(".。")
        elif field == "doi":
            if ref.doi is None:
                ref.doi = re.sub(r"^(?:doi|DOI)\s*[:：]?\s*", "", piece.strip()).rstrip(".。") or None
        elif field in SINGLE and field not in seen:
            value = _trim(piece)
            if field == "issue":
                value = _number(piece) or ""
            elif field == "volume":
                value = re.sub(r"^(?:Vol\.?|vol\.?|Volume)\s*", "", value)
            elif field == "pages":
                value = clean_pages(_trim(piece))
            elif field == "title" and (code := OPEN_CODE_RE.search(value)) and code.start() > 0:
                value, ref.type = value[: code.start()].rstrip(), ref.type or _type_code(code.group("code"))
            if value:
                setattr(ref, field, value)
                seen.add(field)
        elif field in ("title", "container") and field in seen:
            continue
    ref.authors = _uninvert(ref.authors)
    if ref.volume and not re.search(r"[\dⅠ-Ⅻ一二三四五六七八九十IVX]", ref.volume):
        # a volume holds a number: a word there is the place of a publisher printed before it ('Springer, Cham')
        ref.place, ref.volume = ref.place or ref.volume, None
    _fill_from_rules(ref)
    if ref.type is None:
        ref.type = infer_type(ref)
    return ref


def infer_type(ref: ParsedRef) -> str | None:
    """The GB/T document type of an entry that prints no code, from the fields it has."""
    if re.search(r"学位论文|dissertation|thesis", ref.raw, re.I):
        return "D"
    if ref.container and re.search(r"Conference|Proceedings|Symposium|Workshop|会议|论文集", ref.container, re.I):
        return "C"
    if ref.container and (ref.issue or ref.volume):
        return "J"
    if ref.publisher and not ref.container:
        return "M"
    if ref.url and not ref.container and not ref.publisher:
        return "EB/OL"
    return None


def _author(piece: str) -> str:
    """A name without 等 / et al., edge punctuation or a list number glued before it ('2Azam');
    the full stop of a last initial kept ('Zhu, K. X.')."""
    name = re.sub(r"[，,、]?\s*(?:等人?|et\s*al\.?)\s*[.,]?\s*$", "", piece.strip(), flags=re.I)
    name = re.sub(rf"^{LEAD_NUMBER}(?=[A-Za-z\u4e00-\u9fff])", "", name)
    trimmed = _trim(name)
    rest = name.rstrip()[len(trimmed) :] if name.rstrip().startswith(trimmed) else ""
    if re.search(r"\b[A-Z]$", trimmed) and rest[:1] == ".":
        trimmed += "."
    return trimmed


INITIALS_FIRST_RE = re.compile(r"^((?:[A-Z]\.\s*(?:-\s*)?)+)\s*([A-Z][A-Za-z'\-]+)$")


def _uninvert(names: list[str]) -> list[str]:
    """'Zhu, K. X., and Z. Z. Zhou': the first name is printed family first, the others are
    written the same way ('Zhou, Z. Z.') so that one reference lists its names in one form."""
    if not names or not re.match(r"^[A-Z][A-Za-z'\-]+,\s*[A-Z]\.", names[0]):
        return names
    out = [names[0]]
    for n in names[1:]:
        m = INITIALS_FIRST_RE.match(n)
        initials = re.sub(r"\s+", " ", m.group(1)).strip() if m else ""
        out.append(f"{m.group(2)}, {initials}" if m else n)
    return out


PAGES_MORE_RE = re.compile(r"(?:\s*\+\s*\d+(?:\s*[-–—]\s*\d+)?)+")
FULL_DATE_RE = re.compile(r"(?<![\d\[［/])((?:1[6-9]|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d\]］])")


YEAR_ISSUE_END_RE = re.compile(r"(?:19|20)\d\d\s*[(（]\s*(\d{1,2})\s*[)）]\s*[.。]?\s*$")
TAIL_PAGES_RE = re.compile(r"[)）]\s*[:：]\s*(\d{1,5}\s*[-–—]\s*\d{1,5})\s*[.。]?\s*$")
QUOTED_TITLE_RE = re.compile(r"[“\"《]\s*([^“”\"《》]{4,300}?)\s*[”\"》]")


# a conference's or a publisher's place before '[s.n.]' (no publisher named), its colon lost: 'Montreal [s.n.]'
PLACE_NO_PUBLISHER_RE = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\s*[:：]?\s*\[\s*[sS]\.\s*[nN]\.?\s*\]"
)


def _fill_from_rules(ref: ParsedRef) -> None:
    """URLs, DOIs and full dates have an exact syntax: take them from the string where the model
    missed them or kept only a part (a newspaper's '2024-04-03', not an access date in brackets)."""
    m = FULL_DATE_RE.search(URL_RE.sub(" ", ref.raw))
    if m and (ref.date is None or ref.date in m.group()):
        ref.date = m.group()
        ref.year = ref.year or int(m.group(1))
    if ref.url is None:
        m = URL_RE.search(ref.raw)
        if m:
            ref.url = m.group().rstrip(".。")
    if ref.doi is None:
        m = DOI_RE.search(ref.raw)
        if m:
            ref.doi = m.group(1)
    if ref.place is None and (m := PLACE_NO_PUBLISHER_RE.search(ref.raw)):  # 'Washington[s.n.], 2005'
        ref.place = m.group(1)
    if ref.pages is None and (m := TAIL_PAGES_RE.search(ref.raw)):  # '…, 28 (1) : 64 - 83.' left unlabelled
        ref.pages = clean_pages(m.group(1))
    elif ref.issue is None and (m := YEAR_ISSUE_END_RE.search(ref.raw)) and ref.pages == m.group(1):
        ref.issue, ref.pages = ref.pages, None  # '…现代雷达,2017(8).': the year's issue, no pages printed
    if ref.title is None and ref.url and (named := _named_site(ref)):
        ref.title, ref.authors = named, []  # '[25]汉文学网，https://…': a site or a tool, not its author
    elif ref.title and not ref.authors and ref.url and _names_body(ref.title) and _before_address(ref) == ref.title:
        ref.title, ref.authors = None, [ref.title]  # '[5] World Bank. http://…': the page's author, a body
    if ref.title and (bare := URL_SCHEME_END_RE.sub("", ref.title)) != ref.title:
        ref.title = bare or None  # '汉语古典文本数据库 https': the scheme of the address after it
    if ref.title is None:  # a title printed in quotes or 《》 that the labeller left unlabelled
        for m in QUOTED_TITLE_RE.finditer(ref.raw):
            quoted = _trim(m.group(1))
            if quoted and quoted != ref.container:
                ref.title = quoted
                break


URL_SCHEME_END_RE = re.compile(r"\s*(?:https?|ftp)\s*[:：]?\s*/*$")
ORG_WORD_RE = re.compile(
    r"\b(?:Bank|Organi[sz]ation|Association|Institute|University|Agency|Ministry|Bureau|Council|Foundation|"
    r"Office|Department|Commission|Inc|Ltd|Corp(?:oration)?)\b"
)


def _named_site(ref: ParsedRef) -> str | None:
    """The name a web entry prints before its address and nothing else ('古汉语分词器，甲言，https://…',
    'IK 插件，https://…'), where the labeller read it as authors: the entry's title, unless it names a
    body ('中国科学院物理研究所，http://…' is the page's author)."""
    text = _before_address(ref)
    rest = text
    for name in ref.authors:
        rest = rest.replace(name, "", 1)
    if not text or rest.strip(PUNCT) or YEAR_RE.search(text) or ref.container:
        return None
    if any(_names_body(name) for name in ref.authors):
        return None
    return text


def _before_address(ref: ParsedRef) -> str:
    """What the entry prints between its label and its web address."""
    return split_label(URL_RE.split(ref.raw, maxsplit=1)[0])[1].strip(PUNCT)


def _names_body(name: str) -> bool:
    """A body's name: a unit ('中国科学院物理研究所') or an English organisation ('World Bank')."""
    return bool(AFFILIATION_RE.search(name) or ORG_WORD_RE.search(name))
