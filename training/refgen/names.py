"""Printed forms of names, author lists, list labels and punctuation profiles."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from training.refgen.record import Name
from training.refgen.spans import w

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ZH_ETAL = ["等", "等", "等", "，等", ",等", " 等"]
EN_ETAL = [", et al", ", et al", " et al", ",et al", ", et al", " et al", " et.al"]


@dataclass(frozen=True)
class Punct:
    dot: str
    comma: str
    colon: str
    lp: str
    rp: str
    end: str


PROFILES: dict[str, Punct] = {
    "2015": Punct(". ", ", ", ": ", "(", ")", "."),
    "tight": Punct(".", ",", ":", "(", ")", "."),
    "2025": Punct(". ", "，", "：", "（", "）", "."),
    "cnki": Punct("．", "，", "：", "(", ")", "．"),
    "word": Punct(".", "，", "：", "（", "）", "."),
}


def punct(rng: random.Random, lang: str, weights: Sequence[int] = (30, 25, 20, 12, 13)) -> Punct:
    name = rng.choices(list(PROFILES), weights=weights)[0]
    if lang != "zh" and name in ("2025", "cnki", "word"):
        name = rng.choice(["2015", "tight"])
    return PROFILES[name]


def initials(given: str, dots: bool = True, space: bool = False) -> str:
    parts = [p for p in given.replace("-", " ").split() if p]
    sep = " " if space else ""
    return sep.join(p[0] + ("." if dots else "") for p in parts)


def en_name(n: Name, form: str = "full") -> str:
    """Western name in one of the forms used by reference styles."""
    if not n.western:
        return n.literal
    fam, giv = n.family, n.given.replace(".", "").strip()
    if form == "gbt":  # Acemoglu D
        return f"{fam} {initials(giv, dots=False)}"
    if form == "GBT":  # ACEMOGLU D
        return f"{fam.upper()} {initials(giv, dots=False)}"
    if form == "gbt.":  # Acemoglu D.
        return f"{fam} {initials(giv, space=True)}"
    if form == "sort":  # Acemoglu, D.
        return f"{fam}, {initials(giv, space=True)}"
    if form == "sortfull":  # Acemoglu, Daron
        return f"{fam}, {n.given}"
    if form == "init":  # D. Acemoglu
        return f"{initials(giv, space=True)} {fam}"
    if form == "init-tight":  # D.Acemoglu
        return f"{initials(giv)}{fam}"
    return f"{n.given} {fam}"  # full: Daron Acemoglu


def name_list(
    rng: random.Random,
    names: Sequence[Name],
    fmt: Callable[[Name], str],
    sep: str,
    max_n: int | None,
    etal: str,
    kind: str = "author",
    last_sep: str | None = None,
) -> str:
    """Author list with sentinels around each name; lists longer than max_n keep 3 names + etal."""
    shown = list(names)
    truncated = max_n is not None and len(shown) > max_n
    if truncated:
        shown = shown[: min(3, max_n)]
    parts = [w(kind, fmt(n)) for n in shown]
    if last_sep is not None and len(parts) > 1 and not truncated:
        out = sep.join(parts[:-1]) + last_sep + parts[-1]
    else:
        out = sep.join(parts)
    return out + etal if truncated else out


def label(rng: random.Random, n: int, form: str) -> str:
    text = {
        "bracket": f"[{n}]",
        "fullbracket": f"［{n}］",
        "dot": f"{n}.",
        "plain": f"{n}",
        "paren": f"({n})",
        "circled": CIRCLED[(n - 1) % len(CIRCLED)],
        "halfparen": f"{n})",
    }[form]
    space = rng.choice(["", " "]) if form in ("bracket", "fullbracket", "dot", "paren", "halfparen") else ""
    if form == "plain":
        space = rng.choice([" ", "  ", "\u3000"])
    return w("label", text) + space
