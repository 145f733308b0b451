"""Chinese social-science journal forms: economics-journal author-year and 《中国社会科学》 footnotes."""

from __future__ import annotations

import random

from training.refgen import csl
from training.refgen.names import en_name, label, name_list
from training.refgen.record import Name, Ref
from training.refgen.spans import w

NATIONS = ["美", "英", "德", "法", "日", "俄", "奥"]


def _zh_names(rng: random.Random, names: list[Name], kind: str = "author", max_n: int | None = 3) -> str:
    sep = rng.choices(["、", "，", ","], weights=[75, 20, 5])[0]
    return name_list(rng, names, en_name, sep, max_n, rng.choice(["等", "等", " 等"]), kind)


def _book(s: str) -> str:
    return "《" + s + "》"


def econ_journal(rng: random.Random, ref: Ref, n: int) -> str:
    """经济研究/管理世界 reference list: ``陈建军，2010：《题名》，《刊名》第10期。``"""
    if ref.lang != "zh":
        return _econ_en(rng, ref)
    if ref.kind in ("J", "M") and not ref.translators and len(ref.authors) <= 3 and rng.random() < 0.3:
        return csl.render(rng, ref, n, "econ-journal-zh.csl")  # our own CSL style
    comma, colon = ("，", "：") if rng.random() < 0.85 else (",", ":")
    out = ""
    if ref.translators and rng.random() < 0.6:
        out += rng.choice(["［", "["]) + rng.choice(NATIONS) + rng.choice(["］", "]"])
    out += _zh_names(rng, ref.authors, max_n=rng.choice([3, None])) if ref.authors else "佚名"
    out += comma + w("year", ref.year) + (rng.choice("ab") if rng.random() < 0.05 else "") + colon
    out += _book(w("title", ref.title))
    k = ref.kind
    if k in ("J", "N"):
        out += comma + _book(w("container", ref.container))
        if k == "J":
            if ref.volume and rng.random() < 0.2:
                out += "第" + w("volume", ref.volume) + "卷"
            out += "第" + w("issue", ref.issue) + "期"
        else:
            out += w("date", f"{ref.month}月{ref.day}日") + (("第" + w("pages", ref.pages) + "版") if ref.pages else "")
    elif k == "EB":
        out += comma + w("url", ref.url)
    elif k in ("C", "chapter"):
        out += comma + "载" + _zh_names(rng, ref.editors, "editor") + "主编" + _book(w("container", ref.container))
        out += comma + _pub(rng, ref, comma, colon)
    elif k == "D":
        out += (
            comma + w("publisher", ref.publisher) + w("type", "博士学位论文" if rng.random() < 0.7 else "硕士学位论文")
        )
    else:
        if ref.translators:
            out += comma + _zh_names(rng, ref.translators, "translator") + "译"
        out += comma + _pub(rng, ref, comma, colon)
    return out + "。"


def _pub(rng: random.Random, ref: Ref, comma: str, colon: str) -> str:
    place = w("place", ref.place) + colon if ref.place and rng.random() < 0.6 else ""
    return place + w("publisher", ref.publisher)


def _econ_en(rng: random.Random, ref: Ref) -> str:
    """``Acemoglu, D., 2009, Introduction to Modern Economic Growth, Princeton: Princeton University Press.``"""
    names = ref.authors or [Name(family="Anon")]
    parts = [w("author", en_name(names[0], rng.choice(["sort", "sortfull"])))]
    parts += [w("author", en_name(a, "init")) for a in names[1:3]]
    out = ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1] if len(parts) > 1 else parts[0]
    if len(names) > 3:
        out += ", et al."
    out += ", " + w("year", ref.year) + ", "
    if ref.kind == "J":
        out += "“" + w("title", ref.title) + "”, " if rng.random() < 0.7 else w("title", ref.title) + ", "
        out += w("container", ref.container) + ", " + w("volume", ref.volume)
        out += ("(" + w("issue", ref.issue) + ")" if ref.issue else "") + ", " + w("pages", ref.pages) + "."
    elif ref.kind in ("C", "chapter") and rng.random() < 0.4:
        # proceedings as Springer prints them: "Container. Publisher, Place, pages."
        out += "“" + w("title", ref.title) + "”, " + w("container", ref.container) + ". "
        out += w("publisher", ref.publisher) + ", " + w("place", ref.place)
        out += (", " + w("pages", ref.pages) if ref.pages else "") + "."
    elif ref.kind in ("C", "chapter"):
        out += (
            "“" + w("title", ref.title) + "”, in " + name_list(rng, ref.editors, en_name, " and ", None, "", "editor")
        )
        out += " (eds), " + w("container", ref.container) + ", " + w("place", ref.place) + ": "
        out += w("publisher", ref.publisher) + "."
    else:
        out += w("title", ref.title) + ", " + w("place", ref.place) + ": " + w("publisher", ref.publisher) + "."
    return out


def cass_footnote(rng: random.Random, ref: Ref, n: int) -> str:
    """《中国社会科学》 footnotes: ``①陈建军：《题名》，《刊名》2010年第10期。`` and book/chapter/转引自 forms."""
    form = rng.choices(["circled", "none", "bracket"], weights=[60, 30, 10])[0]
    head = label(rng, n, form) if form != "none" else ""
    if ref.lang != "zh":
        return head + _cass_en(rng, ref)
    prefix = rng.choices(["", "参见", "转引自", "详见"], weights=[80, 10, 7, 3])[0]
    if prefix:
        prefix = w("note", prefix) if rng.random() < 0.5 else prefix
    out = head + prefix
    if ref.translators:
        out += rng.choice(["［", "["]) + rng.choice(NATIONS) + rng.choice(["］", "]"])
    out += (_zh_names(rng, ref.authors, max_n=None) + "：") if ref.authors else ""
    out += _book(w("title", ref.title))
    page = ("，第" + w("pages", rng.randint(1, 400)) + "页") if rng.random() < 0.5 else ""
    k = ref.kind
    if k == "J":
        sep = "，" if rng.random() < 0.4 else ""
        out += (
            "，"
            + _book(w("container", ref.container))
            + sep
            + w("year", ref.year)
            + "年第"
            + w("issue", ref.issue)
            + "期"
        )
        out += page if sep else ""
    elif k == "N":
        out += "，" + _book(w("container", ref.container)) + w("year", ref.year) + "年"
        out += w("date", f"{ref.month}月{ref.day}日") + (("，第" + w("pages", ref.pages) + "版") if ref.pages else "")
    elif k == "EB":
        out += "，" + w("url", ref.url) + "，" + w("date", ref.accessed)
    elif k in ("C", "chapter"):
        ed = _zh_names(rng, ref.editors, "editor") + "主编："
        out += "，载" + ed + _book(w("container", ref.container)) + "，" + _pub(rng, ref, "，", "：")
        out += "，" + w("year", ref.year) + "年" + page
    elif k == "D":
        out += (
            "，" + w("publisher", ref.publisher) + w("type", "博士学位论文") + "，" + w("year", ref.year) + "年" + page
        )
    else:
        if ref.translators:
            out += "，" + _zh_names(rng, ref.translators, "translator") + "译"
        if ref.edition:
            out += "，第" + w("edition", ref.edition) + "版"
        out += "，" + _pub(rng, ref, "，", "：") + "，" + w("year", ref.year) + "年" + page
    return out + "。"


def _cass_en(rng: random.Random, ref: Ref) -> str:
    """``Daron Acemoglu, Introduction to Modern Economic Growth, Princeton: Princeton University Press, 2009, p. 5.``"""
    out = name_list(rng, ref.authors, en_name, ", ", 3, " et al.", last_sep=" and ") + ", " if ref.authors else ""
    page = rng.randint(1, 400)
    if ref.kind == "J":
        out += "“" + w("title", ref.title) + ",” " + w("container", ref.container)
        out += ", vol. " + w("volume", ref.volume) + (", no. " + w("issue", ref.issue) if ref.issue else "")
        out += " (" + w("year", ref.year) + "), pp. " + w("pages", ref.pages) + "."
    elif ref.kind in ("C", "chapter"):
        out += (
            "“" + w("title", ref.title) + ",” in " + name_list(rng, ref.editors, en_name, " and ", None, "", "editor")
        )
        out += ", ed., " + w("container", ref.container) + ", " + w("place", ref.place) + ": "
        out += w("publisher", ref.publisher) + ", " + w("year", ref.year) + ", p. " + w("pages", page) + "."
    else:
        out += w("title", ref.title) + ", " + w("place", ref.place) + ": " + w("publisher", ref.publisher)
        out += ", " + w("year", ref.year) + ", p. " + w("pages", page) + "."
    return out
