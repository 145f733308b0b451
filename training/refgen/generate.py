"""Family registry, per-item generation and the JSONL record layout."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from training.refgen import apa_forms, csl, gbt, zhnotes
from training.refgen.damage import damage
from training.refgen.record import Ref, sample, title
from training.refgen.spans import Span, strip

Formatter = Callable[[random.Random, Ref, int], str]


@dataclass(frozen=True)
class Family:
    name: str
    share: float
    langs: dict[str, int]  # language -> weight
    kinds: dict[str, int]  # document kind -> weight
    fmt: Formatter


ZH_KINDS = {"J": 55, "M": 18, "C": 4, "chapter": 4, "D": 5, "R": 4, "N": 4, "EB": 6}
EN_KINDS = {"J": 70, "M": 15, "chapter": 8, "C": 7}
ZH_LANGS = {"zh": 74, "en": 22, "ja": 2, "ko": 2}


def _bilingual(rng: random.Random, ref: Ref, n: int) -> str:
    return gbt.gbt_bilingual(rng, ref, n, title(rng, "en"))


FAMILIES: list[Family] = [
    Family("gbt-numeric", 0.24, ZH_LANGS, ZH_KINDS, gbt.gbt_numeric),
    Family("gbt-authoryear", 0.07, ZH_LANGS, ZH_KINDS, gbt.gbt_authoryear),
    Family("gbt-note", 0.04, {"zh": 85, "en": 15}, ZH_KINDS, gbt.gbt_note),
    Family("plain-numbered", 0.07, ZH_LANGS, ZH_KINDS, gbt.plain_numbered),
    Family("gbt-bilingual", 0.04, {"zh": 1}, {"J": 80, "M": 15, "D": 5}, _bilingual),
    Family(
        "cssci-export",
        0.05,
        {"zh": 90, "en": 10},
        {"J": 75, "M": 15, "chapter": 3, "D": 3, "N": 2, "EB": 2},
        gbt.cssci_export,
    ),
    Family(
        "econ-journal",
        0.14,
        {"zh": 80, "en": 20},
        {"J": 62, "M": 22, "chapter": 5, "D": 3, "N": 3, "EB": 5},
        zhnotes.econ_journal,
    ),
    Family(
        "cass-footnote",
        0.11,
        {"zh": 88, "en": 12},
        {"J": 50, "M": 28, "chapter": 8, "D": 3, "N": 7, "EB": 4},
        zhnotes.cass_footnote,
    ),
    Family("apa", 0.05, {"en": 1}, EN_KINDS, csl.styled("apa")),
    Family("chicago-author-date", 0.03, {"en": 1}, EN_KINDS, csl.styled("chicago-author-date")),
    Family("harvard", 0.03, {"en": 1}, EN_KINDS, csl.styled("harvard-cite-them-right")),
    Family(
        "physics-numeric", 0.03, {"en": 1}, {"J": 85, "M": 10, "chapter": 5}, csl.styled("american-physics-society")
    ),
    Family("vancouver", 0.03, {"en": 1}, EN_KINDS, csl.styled("elsevier-vancouver")),
    Family("nature", 0.015, {"en": 1}, EN_KINDS, csl.styled("nature")),
    Family("ieee", 0.015, {"en": 1}, EN_KINDS, csl.styled("ieee")),
]


# families added later: each takes the place of the item drawn above with its share, by a draw of its own,
# so that every other item stays as it was
LATER: list[Family] = [
    Family("apa-zh", 0.03, {"zh": 75, "en": 25}, ZH_KINDS, apa_forms.apa_zh),
    Family("bmc-colon", 0.01, {"en": 80, "zh": 20}, {"J": 75, "M": 15, "chapter": 5, "EB": 5}, apa_forms.bmc_colon),
]


def register(family: Family) -> None:
    FAMILIES.append(family)


def fields(raw: str, spans: list[Span]) -> dict[str, object]:
    """Field values as printed, read back from the labelled spans."""
    first: dict[str, str] = {}
    authors: list[str] = []
    for start, end, kind in spans:
        text = raw[start:end]
        if kind == "author":
            authors.append(text)
        first.setdefault(kind, text)
    year = first.get("year")
    code = first.get("type")
    if code and code != "EB/OL" and code.endswith("/OL"):
        code = code[:-3]
    return {
        "authors": authors,
        "title": first.get("title"),
        "container": first.get("container"),
        "year": int(year) if year and re.fullmatch(r"\d{4}", year) else None,
        "volume": first.get("volume"),
        "issue": first.get("issue"),
        "pages": first.get("pages"),
        "publisher": first.get("publisher"),
        "place": first.get("place"),
        "type": code,
    }


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _family(rng: random.Random, seed: int, index: int) -> Family:
    drawn = rng.choices(FAMILIES, weights=[f.share for f in FAMILIES])[0]
    later = random.Random(f"later-{seed}-{index}").random()
    for family in LATER:
        if later < family.share:
            return family
        later -= family.share
    return drawn


def family_of(seed: int, index: int) -> str:
    """The family item ``index`` gets, without rendering it."""
    return _family(random.Random(seed * 1_000_003 + index), seed, index).name


def make_item(seed: int, index: int, family: Family | None = None) -> dict[str, object]:
    rng = random.Random(seed * 1_000_003 + index)
    chosen = _family(rng, seed, index)
    family = family or chosen
    lang = _pick(rng, family.langs)
    kind = _pick(rng, family.kinds)
    if lang in ("ja", "ko") and kind not in ("J", "M"):
        kind = "J"
    ref = sample(rng, lang, kind)
    n = rng.choices([rng.randint(1, 9), rng.randint(10, 60), rng.randint(61, 150)], weights=[45, 45, 10])[0]
    marked = family.fmt(rng, ref, n)
    marked = damage(rng, marked, lang)
    raw, spans = strip(marked)
    return {
        "raw": raw,
        "family": family.name,
        "lang": lang,
        "labels": [[s, e, k] for s, e, k in spans],
        "fields": fields(raw, spans),
    }


def generate(n: int, seed: int) -> list[str]:
    return [json.dumps(make_item(seed, i), ensure_ascii=False) for i in range(n)]
