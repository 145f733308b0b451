"""Field values of a reference from the labeller's spans: edges trimmed, names split, codes normalised."""

from __future__ import annotations

import re

from npf_graph.extract.refstyles.common import (
    DOI_RE,
    URL_RE,
    YEAR_RE,
    ParsedRef,
    clean_pages,
    language,
)

PUNCT = "\t \u3000.．。,，;；:：、/\\|“”\"'‘’「」『』《》〈〉<>"
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
    return code if code == "EB/OL" else code.split("/")[0]


def _number(text: str) -> str | None:
    t = _trim(text)
    m = re.fullmatch(r"(?:第|Vol\.?|No\.?|vol\.?|no\.?)?\s*([\w\-–—/.]+?)\s*(?:期|卷|辑|册)?", t)
    return (m.group(1) if m else t) or None


def fields_from_spans(raw: str, spans: list[tuple[int, int, str]]) -> ParsedRef:
    """A ParsedRef from labelled spans of `raw`."""
    ref = ParsedRef(raw=raw.strip(), style="crf", lang=language(raw))
    seen: set[str] = set()
    for start, end, field in spans:
        piece = raw[start:end]
        if field == "label":
            digits = re.search(r"\d+|[\u2460-\u2473]", piece)
            if digits and ref.label is None:
                d = digits.group()
                ref.label = str(ord(d) - 0x2460 + 1) if "\u2460" <= d <= "\u2473" else d
        elif field == "author":
            name = re.sub(r"[，,、]?\s*(?:等人?|et\s*al\.?)$", "", _trim(piece), flags=re.I).strip()
            if name and name not in ("佚名", "Anon", "Anon."):
                ref.authors.append(name)
        elif field == "year":
            m = YEAR_RE.search(piece)
            if m and ref.year is None:
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
            if value:
                setattr(ref, field, value)
                seen.add(field)
        elif field in ("title", "container") and field in seen:
            continue
    _fill_from_rules(ref)
    return ref


def _fill_from_rules(ref: ParsedRef) -> None:
    """URLs and DOIs have an exact syntax: take them from the string when the model missed them."""
    if ref.url is None:
        m = URL_RE.search(ref.raw)
        if m:
            ref.url = m.group().rstrip(".。")
    if ref.doi is None:
        m = DOI_RE.search(ref.raw)
        if m:
            ref.doi = m.group(1)
