"""English references in economics style:
`August, T. , W. Chen , and K. Zhu , 2021 , “Title”, *Journal* , 67 (5) : 3041 - 3066.`
and the APA form `Zhu, K., & Zhou, Z. (2012). Title. Journal, 23(2), 536-545.`"""

from __future__ import annotations

import re

from npf_graph.extract.refstyles.common import CJK_RE, ParsedRef, clean_pages, strip_edges, take_urls

YEAR_AFTER_AUTHORS_RE = re.compile(
    r"^(?P<authors>.+?)\s*[,，]?\s*[(（]?(?P<year>(?:1[5-9]|20)\d{2})[a-z]?[)）]?\s*[,，.]\s*"
)
QUOTE_RE = re.compile(r"[“\"]\s*(?P<title>[^”\"]+?)\s*[”\"]")
VOL_ISSUE_PAGES_RE = re.compile(
    r"[,，]\s*(?P<volume>\d+)\s*(?:\(\s*(?P<issue>[^)]+?)\s*\)\s*(?:[:：,]\s*(?P<pages>[A-Za-z]?\d+"
    r"(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?|[:：]\s*(?P<pages2>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))\s*\.?\s*$"
)
PAGES_ONLY_RE = re.compile(r"[,，]\s*(?:pp?\.\s*)?(?P<pages>\d+\s*[-–—]\s*\d+)\s*\.?\s*$")
CONF_RE = re.compile(r"Conference|Proceedings|Symposium|Workshop|Congress", re.I)


def looks_english(body: str) -> bool:
    return (
        not CJK_RE.search(body)
        and bool(YEAR_AFTER_AUTHORS_RE.match(body))
        and not re.search(r"\[[A-Z]{1,2}(/OL)?\]", body)
    )


def english_name(name: str) -> str:
    """'W. Chen' -> 'Chen, W.'; 'August, T.' stays; 'K. X. Zhu' -> 'Zhu, K. X.'."""
    n = re.sub(r"\s+", " ", name.strip().strip(",")).replace(" .", ".")
    if "," in n:
        last, first = n.split(",", 1)
        return f"{last.strip()}, {first.strip()}"
    parts = n.split(" ")
    if len(parts) > 1 and all(re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)?", p) for p in parts[:-1]):
        return f"{parts[-1]}, {' '.join(parts[:-1])}"
    return n


def split_english_authors(text: str) -> list[str]:
    t = re.sub(r"\s+", " ", text.replace("*", "")).strip().rstrip(",")
    t = re.sub(r"\s*,?\s*(?:et al\.?)\s*$", "", t)
    t = re.sub(r"\s*,?\s*(?:and|&)\s+", " ;; ", t)
    # 'August, T. , W. Chen' : a comma after initials ends a name
    t = re.sub(r"(\b[A-Z]\.)\s*,\s*", r"\1 ;; ", t)
    names = []
    for chunk in t.split(";;"):
        chunk = chunk.strip().strip(",").strip()
        if chunk:
            names.append(english_name(chunk))
    return names


def parse_english(body: str) -> ParsedRef:
    ref = ParsedRef(style="english", lang="en")
    text, ref.url, ref.doi = take_urls(body.replace("*", ""))
    m = YEAR_AFTER_AUTHORS_RE.match(text)
    assert m is not None
    ref.authors = split_english_authors(m.group("authors"))
    ref.year = int(m.group("year"))
    rest = text[m.end() :].strip()
    qm = QUOTE_RE.match(rest) or QUOTE_RE.search(rest[:5])
    if qm:
        ref.title = qm.group("title").strip()
        tail = rest[qm.end() :].strip().lstrip(",，.").strip()
    else:
        dot = re.search(r"\.\s+", rest)
        ref.title = strip_edges(rest[: dot.start()] if dot else rest)
        tail = rest[dot.end() :] if dot else ""
    vm = VOL_ISSUE_PAGES_RE.search(tail)
    if vm and vm.start() > 0:
        ref.container = strip_edges(tail[: vm.start()])
        ref.volume, ref.issue = vm.group("volume"), vm.group("issue")
        pages = vm.group("pages") or vm.group("pages2")
        if pages:
            ref.pages = clean_pages(pages)
        ref.type = "J"
        return ref
    pm = PAGES_ONLY_RE.search(tail)
    if pm:
        ref.pages = clean_pages(pm.group("pages"))
        tail = tail[: pm.start()]
    parts = [p.strip() for p in re.split(r"\.\s+", tail) if p.strip()]
    if parts:
        ref.container = strip_edges(parts[0])
    if len(parts) > 1:
        pub = parts[1].split(",")
        ref.publisher = strip_edges(pub[0])
        if len(pub) > 1:
            ref.place = strip_edges(pub[1])
    ref.type = "C" if ref.container and CONF_RE.search(ref.container) else ("J" if ref.pages else "M")
    return ref
