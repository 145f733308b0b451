"""Shared pieces of reference parsing: the parsed record, labels, years, pages, URLs, language."""

from __future__ import annotations

import re

from npf_graph.models import BibFields

LABEL_RE = re.compile(
    r"^\s*(?:[\[［〔]\s*(\d{1,4})\s*[\]］〕]|(\d{1,4})[.．、]\s|[(（](\d{1,4})[)）]|([\u2460-\u2473]))\s*"
)
URL_RE = re.compile(r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
DOI_RE = re.compile(r"\bDOI\s*[:：]\s*(10\.\d{3,9}/\S+?)(?=[.,;，。；]?\s|[.,;，。；]?$)", re.I)
YEAR_RE = re.compile(r"(?<![\d.])(1[5-9]\d{2}|20\d{2})(?![\d])")


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
    if re.search(r"[\u3400-\u9fff]", text):
        return "zh"
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    return "en"


def clean_pages(text: str) -> str:
    """'3041 - 3066' -> '3041-3066'."""
    t = re.sub(r"\s*([-–—－~～+])\s*", r"\1", text.strip())
    return t.replace("–", "-").replace("—", "-").replace("－", "-")
