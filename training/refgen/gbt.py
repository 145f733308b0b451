"""GB/T 7714 family formatters (numeric, author-year, note, plain numbered, bilingual, CSSCI export).

Each formatter returns a string whose field values are wrapped in sentinels (see spans.py).
"""

from __future__ import annotations

import random

from training.refgen.names import EN_ETAL, ZH_ETAL, Punct, en_name, label, name_list, punct
from training.refgen.record import Name, Ref
from training.refgen.spans import visible, w

TYPE_CODE = {"J": "J", "M": "M", "C": "C", "D": "D", "R": "R", "N": "N", "EB": "EB/OL", "chapter": "M"}
PINYIN = dict(
    zip(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo".split(),
        strict=True,
    )
)
PINYIN_GIVEN = ["Wei", "Jianjun", "Ming", "Xiaoli", "Hong", "Yufei", "Lei", "Jing", "Zhiqiang", "Fang"]


def _authors(rng: random.Random, ref: Ref, p: Punct, max_n: int | None, kind: str = "author") -> str:
    names = ref.authors if kind == "author" else ref.editors
    if ref.lang in ("zh", "ja", "ko"):
        return name_list(
            rng, names, en_name, rng.choice([p.comma, p.comma, "，", ",", "、"]), max_n, rng.choice(ZH_ETAL), kind
        )
    form = rng.choice(["gbt", "gbt", "GBT", "gbt.", "full", "init"])
    return name_list(
        rng, names, lambda n: en_name(n, form), rng.choice([", ", ", ", ",", "，"]), max_n, rng.choice(EN_ETAL), kind
    )


def _code(rng: random.Random, ref: Ref, online: bool = False) -> str:
    code = TYPE_CODE[ref.kind]
    if online and code not in ("EB/OL",):
        code += "/OL"
    left, right = rng.choices([("[", "]"), ("［", "］"), ("[", "］"), ("［", "]")], weights=[85, 10, 3, 2])[0]
    return left + w("type", code) + right


def _pubblock(rng: random.Random, ref: Ref, p: Punct, year: bool) -> str:
    parts = []
    if ref.place and rng.random() < 0.92:
        parts.append(w("place", ref.place) + p.colon)
    parts.append(w("publisher", ref.publisher))
    if year:
        parts.append(p.comma + w("year", ref.year))
    return "".join(parts)


def _dot(before: str, p: Punct) -> str:
    """The field separator, without a second full stop after an initial or "et al."."""
    return p.dot[1:] if visible(before).endswith(".") and p.dot.startswith(".") else p.dot


def gbt_body(
    rng: random.Random, ref: Ref, p: Punct, authoryear: bool = False, codes: bool = True, max_n: int | None = 3
) -> str:
    """The body of a GB/T 7714 entry (no list label)."""
    ny = not authoryear
    out = ""
    if ref.authors:
        out += _authors(rng, ref, p, max_n)
        if authoryear:
            out += p.comma + w("year", ref.year)
        out += _dot(out, p)
    elif authoryear:
        out += ("佚名" if ref.lang == "zh" else "Anon") + p.comma + w("year", ref.year) + p.dot
    online = ref.kind != "EB" and rng.random() < 0.04
    out += w("title", ref.title)
    if ref.kind == "M" and ref.volume:
        out += p.colon + w("volume", ref.volume)
    out += _code(rng, ref, online) if codes else ""
    k = ref.kind
    if k == "J":
        out += p.dot + w("container", ref.container)
        if ny:
            out += p.comma + w("year", ref.year)
        vol = w("volume", ref.volume) if ref.volume else ""
        sep = p.comma if (ny and vol) else ""
        issue = p.lp + w("issue", ref.issue) + p.rp if ref.issue else ""
        if not ny and vol:
            sep = p.comma
        if not ny and not vol:
            sep = ""
        out += sep + vol + issue
        if ref.pages:
            out += p.colon + w("pages", ref.pages)
    elif k == "N":
        out += p.dot + w("container", ref.container)
        if ny:
            out += p.comma + w("year", ref.year) + "-" + w("date", f"{ref.month:02d}-{ref.day:02d}")
        else:
            out += p.comma + w("date", f"{ref.month:02d}-{ref.day:02d}")
        if ref.pages:
            out += p.lp + w("pages", ref.pages) + p.rp
    elif k == "EB":
        pub = ref.year if authoryear else f"{ref.year}-{ref.month:02d}-{ref.day:02d}"
        if rng.random() < 0.5 and not authoryear:
            out += p.dot + p.lp + w("year", ref.year) + "-" + w("date", f"{ref.month:02d}-{ref.day:02d}") + p.rp
        elif rng.random() < 0.3:
            out += p.dot + p.lp + w("date", pub) + p.rp if authoryear else ""
        else:
            out += p.dot.rstrip() if rng.random() < 0.5 else p.dot
        out += "[" + w("date", ref.accessed) + "]" + p.dot + w("url", ref.url)
        return out + (p.end if rng.random() < 0.7 else "")
    elif k in ("C", "chapter"):
        out += "//"
        if ref.editors and rng.random() < 0.7:
            out += _authors(rng, ref, p, max_n, "editor")
            if ref.lang == "zh" and rng.random() < 0.6:
                out += p.comma + "主编"
            elif ref.lang != "zh":
                out += p.comma + "ed" + ("s" if len(ref.editors) > 1 else "")
            out += _dot(out, p)
        out += w("container", ref.container) + p.dot + _pubblock(rng, ref, p, ny)
        if ref.pages:
            out += p.colon + w("pages", ref.pages)
    else:  # M R D
        if ref.translators:
            out += p.dot + name_list(rng, ref.translators, en_name, p.comma, 3, "等", "translator") + p.comma + "译"
        if ref.edition:
            out += (
                p.dot
                + w("edition", ref.edition)
                + ("版" if ref.lang == "zh" else {"2": "nd", "3": "rd"}.get(ref.edition, "th") + " ed")
            )
        out += p.dot + _pubblock(rng, ref, p, ny)
        if ref.pages:
            out += p.colon + w("pages", ref.pages)
    if ref.doi and rng.random() < 0.6:
        out += p.dot + rng.choice(["DOI:", "DOI: ", "doi:"]) + w("doi", ref.doi)
    return out + (p.end if rng.random() < 0.9 else "")


def gbt_numeric(rng: random.Random, ref: Ref, n: int) -> str:
    p = punct(rng, ref.lang)
    form = rng.choices(["bracket", "fullbracket", "plain", "dot"], weights=[84, 8, 4, 4])[0]
    return label(rng, n, form) + gbt_body(rng, ref, p, max_n=rng.choice([3, 3, 3, None]))


def gbt_authoryear(rng: random.Random, ref: Ref, n: int) -> str:
    return gbt_body(rng, ref, punct(rng, ref.lang), authoryear=True, max_n=rng.choice([3, 3, None]))


def gbt_note(rng: random.Random, ref: Ref, n: int) -> str:
    form = rng.choice(["circled", "circled", "bracket", "plain"])
    body = gbt_body(rng, ref, punct(rng, ref.lang), max_n=3)
    if ref.kind in ("J", "M") and rng.random() < 0.3:  # a cited page replaces the page range
        body = body.rstrip(".．")
        body += ("：" if ref.lang == "zh" and rng.random() < 0.5 else ": ") + w("pages", rng.randint(1, 300)) + "."
    return label(rng, n, form) + body


def plain_numbered(rng: random.Random, ref: Ref, n: int) -> str:
    form = rng.choice(["plain", "dot", "paren", "halfparen"])
    return label(rng, n, form) + gbt_body(
        rng, ref, punct(rng, ref.lang, (20, 50, 5, 15, 10)), codes=rng.random() < 0.25, max_n=rng.choice([3, None])
    )


def _romanize(n: Name) -> str:
    if n.western:
        return en_name(n, "gbt")
    lit = n.literal
    fam = PINYIN.get(lit[0]) or list(PINYIN.values())[ord(lit[0]) % len(PINYIN)]
    return f"{fam.upper()} {PINYIN_GIVEN[sum(map(ord, lit)) % len(PINYIN_GIVEN)]}"


def gbt_bilingual(rng: random.Random, ref: Ref, n: int, en_title: str) -> str:
    p = punct(rng, "zh", (40, 20, 30, 5, 5))
    body = gbt_body(rng, ref, p, max_n=3)
    names = ", ".join(_romanize(a) for a in ref.authors[:3]) + (", et al" if len(ref.authors) > 3 else "")
    code = f"[{TYPE_CODE[ref.kind]}]"
    trans = f"{names}. {en_title}{code}. " if names else f"{en_title}{code}. "
    journal = rng.choice(
        ["Economic Research Journal", "Management World", "Social Sciences in China", "China Soft Science"]
    )
    trans += f"{ref.year}." if ref.kind != "J" else f"{journal}, {ref.year}({ref.issue}): {ref.pages}."
    if rng.random() < 0.5:
        tail = " (" + w("note", "in Chinese") + ")"
        return label(rng, n, "bracket") + body + (tail if rng.random() < 0.5 else " (" + w("note", trans) + ")")
    left, right = rng.choice([("[", "]"), ("(", ")"), ("（", "）")])
    return label(rng, n, "bracket") + body + " " + left + w("note", trans) + right


def cssci_export(rng: random.Random, ref: Ref, n: int) -> str:
    """CSSCI citation export: ``39.刘炜.5G与智慧图书馆建设.中国图书馆学报.2019.45(5)``."""
    sep = rng.choice(["/", "/", ",", "，"])
    out = label(rng, n, "dot").rstrip()
    if ref.authors:
        out += name_list(rng, ref.authors, lambda a: en_name(a, "full"), sep, None, "") + "."
    out += w("title", ref.title) + "."
    if ref.kind in ("J", "N"):
        out += w("container", ref.container) + "." + w("year", ref.year)
        if ref.kind == "J":
            out += ("." if rng.random() < 0.7 else ",") + (w("volume", ref.volume) if ref.volume else "")
            out += "(" + w("issue", ref.issue) + ")" if ref.issue else ""
            if ref.pages and rng.random() < 0.3:
                out += ":" + w("pages", ref.pages)
    elif ref.kind in ("C", "chapter"):
        out += (
            w("container", ref.container)
            + "."
            + w("place", ref.place)
            + ":"
            + w("publisher", ref.publisher)
            + "."
            + w("year", ref.year)
        )
    elif ref.kind == "EB":
        out += w("url", ref.url) + "." + w("year", ref.year)
    else:
        if ref.place and rng.random() < 0.7:
            out += w("place", ref.place) + ":"
        out += w("publisher", ref.publisher) + "." + w("year", ref.year)
    return out
