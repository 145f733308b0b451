"""Shared pieces of the reference parsers: the parsed record, labels, years, pages, URLs."""

from __future__ import annotations

import re

from npf_graph.models import BibFields

LABEL_RE = re.compile(
    r"^\s*(?:[\[［〔]\s*(\d{1,4})\s*[\]］〕]|(\d{1,4})[.．、]\s|[(（](\d{1,4})[)）]|([\u2460-\u2473]))\s*"
)
URL_RE = re.compile(r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
DOI_RE = re.compile(r"\bDOI\s*[:：]\s*(10\.\d{3,9}/\S+?)(?=[.,;，。；]?\s|[.,;，。；]?$)", re.I)
BARE_DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s，；\"“”]+?)(?=[.,;，。；]?\s|[.,;，。；]?$)")
YEAR_RE = re.compile(r"(?<![\d.])(1[5-9]\d{2}|20\d{2})(?![\d])")
PAGES_RE = re.compile(
    r"^\s*([A-Za-z]?\d+(?:\.\d+)?(?:\s*[-–—~～]\s*[A-Za-z]?\d+(?:\.\d+)?)?(?:\s*[+,，]\s*\d+(?:\s*[-–—]\s*\d+)?)*)\s*$"
)
CJK_RE = re.compile(r"[\u3400-\u9fff]")


class ParsedRef(BibFields):
    """What a parser reads from one reference string."""

    raw: str = ""
    style: str | None = None

    def fields(self) -> dict[str, object]:
        return self.model_dump(exclude={"style"})


def split_label(raw: str) -> tuple[str | None, str]:
    m = LABEL_RE.match(raw)
    if not m:
        return None, raw.strip()
    return next(g for g in m.groups() if g), raw[m.end() :].strip()


def language(text: str) -> str:
    if CJK_RE.search(text):
        return "zh"
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    return "en"


def strip_edges(text: str | None) -> str | None:
    if text is None:
        return None
    t = text.strip().strip(".．,，;；:：").strip()
    return t or None


def clean_pages(text: str) -> str:
    """'3041 - 3066' -> '3041-3066'."""
    t = re.sub(r"\s*([-–—－~～+])\s*", r"\1", text.strip())
    return t.replace("–", "-").replace("—", "-").replace("－", "-")


def take_urls(text: str) -> tuple[str, str | None, str | None]:
    """Remove URLs and DOIs from a reference string; return (rest, url, doi)."""
    doi = None
    m = DOI_RE.search(text)
    if m:
        doi = m.group(1)
        text = text[: m.start()] + text[m.end() :]
    urls = URL_RE.findall(text)
    url = urls[0].rstrip(".。") if urls else None
    for u in urls:
        text = text.replace(u, " ")
    if doi is None:
        for u in urls:
            dm = re.search(r"doi\.org/(10\.\S+)", u)
            if dm:
                doi = dm.group(1).rstrip(".")
    return re.sub(r"\s+", " ", text).strip(), url, doi


def split_names(text: str) -> list[str]:
    """Authors separated by ， , 、 ; ；, without 等 / et al. and placeholders."""
    t = re.sub(r"[，,、;；]?\s*(?:等|et\s*al\.?|etc\.?)\s*$", "", text.strip().rstrip("."), flags=re.I)
    parts = [p.strip() for p in re.split(r"\s*[，、;；]\s*|\s*,\s+|,(?=\S)", t) if p.strip()]
    out: list[str] = []
    for p in parts:
        if re.fullmatch(r"(?:Jr|Sr|Inc|Ltd|III?|IV)\.?", p) and out:
            out[-1] = f"{out[-1]}, {p}"
        elif p not in ("佚名", "Anon", "Anon.", "等"):
            out.append(p)
    return out
