"""Author-then-year forms outside GB/T: Chinese APA (心理学报, 心理科学进展) and the BioMed Central colon form.

- apa-zh: ``杜晨朵, 邢采. (2016). 题名. 刊名, 41(1), 68-75.``, ``见 主编 (编), 书名 (pp.244-254)``,
  ``(博士学位论文)``, ``取自 网址``; English entries of the same lists go through citeproc-py's APA.
- bmc-colon: ``[5] Pappin DJ, Hojrup P: Title. Journal 1993, 3:327-332.``, and its Chinese
  form ``[3]杨芃原，钱小红：题名．北京：科学出版社;2003.``
"""

from __future__ import annotations

import random

from training.refgen import csl
from training.refgen.names import en_name, label, name_list
from training.refgen.record import Ref
from training.refgen.spans import w


def _paren(rng: random.Random, text: str) -> str:
    left, right = rng.choices([("(", ")"), ("（", "）")], weights=[80, 20])[0]
    return left + text + right


def apa_zh(rng: random.Random, ref: Ref, n: int) -> str:
    """A Chinese psychology journal's APA list: names, ``(年).``, title, container, ``卷(期), 页``."""
    if ref.lang != "zh":
        return csl.render(rng, ref, n, "apa")
    dot = rng.choices([". ", ".", "．"], weights=[45, 35, 20])[0]
    comma = rng.choice([", ", ",", "，"])
    sep = rng.choices([", ", ",", "，", "、"], weights=[40, 25, 30, 5])[0]
    out = label(rng, n, "bracket") if rng.random() < 0.12 else ""
    names = name_list(rng, ref.authors, lambda a: a.literal, sep, rng.choice([None, None, 6]), "等", "author")
    out += (names or w("author", "佚名")) + rng.choice([".", ". ", "．", " "])
    out += _paren(rng, w("year", ref.year)) + dot + w("title", ref.title)
    k = ref.kind
    if k == "J":
        issue = _paren(rng, w("issue", ref.issue)) if ref.issue else ""
        out += dot + w("container", ref.container) + comma + w("volume", ref.volume) + issue
        out += comma + w("pages", ref.pages) if ref.pages else ""
    elif k in ("C", "chapter"):
        editors = name_list(rng, ref.editors, lambda a: a.literal, sep, 3, "等", "editor")
        lead = rng.choice(["见", "载于", "In "]) + rng.choice([" ", ""])
        out += dot + lead + (editors + " " + _paren(rng, "编") + comma if editors and rng.random() < 0.6 else "")
        out += w("container", ref.container)
        if ref.pages:
            out += " " + _paren(rng, rng.choice(["pp.", "pp. ", "p."]) + w("pages", ref.pages))
        if rng.random() < 0.5:
            out += dot + w("place", ref.place) + rng.choice([": ", ":", "："]) + w("publisher", ref.publisher)
    elif k == "D":
        kind = rng.choice(["博士学位论文", "硕士学位论文"])
        out += " " + _paren(rng, w("type", kind)) + dot + w("publisher", ref.publisher)
        out += (comma + w("place", ref.place)) if ref.place else ""
    elif k == "EB":
        out += dot + rng.choice(["取自 ", "取自", "Retrieved from "]) + w("url", ref.url)
        return out
    elif k == "N":
        out += dot + w("container", ref.container) + comma + "第" + w("pages", ref.pages or "1") + "版"
    else:
        place = w("place", ref.place) + rng.choice([": ", ":", "："]) if ref.place else ""
        out += dot + place + w("publisher", ref.publisher)
    if ref.doi and rng.random() < 0.5:
        return out + dot + rng.choice(["doi:", "doi: ", "https://doi.org/"]) + w("doi", ref.doi)
    return out + rng.choice([".", ".", "．", ""])


def bmc_colon(rng: random.Random, ref: Ref, n: int) -> str:
    """Names ending in a colon, the title after it, then ``Journal Year, Volume:Pages.``"""
    lead = label(rng, n, rng.choice(["bracket", "bracket", "dot", "plain"]))
    zh = ref.lang == "zh"
    sep = rng.choice(["，", "、", ","]) if zh else rng.choice([", ", ", ", ","])
    names = name_list(
        rng, ref.authors, lambda a: en_name(a, "gbt"), sep, rng.choice([None, 6]), "等" if zh else ", et al"
    )
    colon = rng.choice(["：", ":"]) if zh else rng.choice([": ", ": ", ":", " :"])
    dot = rng.choice(["．", ".", "。"]) if zh else rng.choice([". ", "."])
    out = lead + (names + colon if names else "") + w("title", ref.title) + dot
    year = w("year", ref.year)
    if ref.kind == "J":
        out += w("container", ref.container_short or ref.container) + " " + year
        out += ", " + w("volume", ref.volume) if ref.volume else ""
        out += (_paren(rng, w("issue", ref.issue)) if ref.issue and rng.random() < 0.3 else "") + ":"
        out += w("pages", ref.pages)
    elif ref.kind in ("C", "chapter"):
        editors = name_list(rng, ref.editors, lambda a: en_name(a, "gbt"), ", ", 3, " et al", "editor")
        out += "In " + w("container", ref.container) + "." + (" Edited by " + editors + "." if editors else "")
        out += " " + w("place", ref.place) + ": " + w("publisher", ref.publisher) + "; " + year
        out += (":" + w("pages", ref.pages)) if ref.pages else ""
    elif ref.kind == "EB":
        out += "[" + w("url", ref.url) + "]"
        return out
    else:
        place = w("place", ref.place) + colon if ref.place else ""
        out += place + w("publisher", ref.publisher) + rng.choice(["; ", ";"]) + year
    return out + ("." if not zh else rng.choice(["．", ".", "。"]))
