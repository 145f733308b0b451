"""Semantic reference records and their seeded sampling."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from training.refgen import vocab as v


@dataclass
class Name:
    """A person or body. CJK names are ``literal``; western names have family and given parts."""

    literal: str = ""
    family: str = ""
    given: str = ""

    @property
    def western(self) -> bool:
        return not self.literal


@dataclass
class Ref:
    lang: str  # zh, en, ja, ko
    kind: str  # J M C D R N EB chapter
    title: str
    year: int
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    translators: list[Name] = field(default_factory=list)
    container: str = ""
    container_short: str = ""
    month: int = 1
    day: int = 1
    volume: str = ""
    issue: str = ""
    pages: str = ""
    publisher: str = ""
    place: str = ""
    edition: str = ""
    url: str = ""
    doi: str = ""
    accessed: str = ""
    title_en: str = ""  # English translation printed after a Chinese entry


def _zh_person(rng: random.Random) -> Name:
    r = rng.random()
    if r < 0.06:
        syl = "".join(rng.choice(v.TRANSLIT) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.4:
            syl = "".join(rng.choice(v.TRANSLIT) for _ in range(rng.randint(2, 3))) + "·" + syl
        return Name(literal=syl)
    given = "".join(rng.choice(v.GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return Name(literal=rng.choice(v.SURNAMES) + given)


def _en_person(rng: random.Random) -> Name:
    given = rng.choice(v.EN_GIVEN)
    if rng.random() < 0.25:
        given += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    return Name(family=rng.choice(v.EN_SURNAMES), given=given)


def person(rng: random.Random, lang: str) -> Name:
    if lang == "zh":
        return _zh_person(rng)
    if lang == "ja":
        return Name(literal=rng.choice(v.JA_SURNAMES) + rng.choice(v.JA_GIVEN))
    if lang == "ko":
        return Name(literal=rng.choice(v.KO_NAMES))
    return _en_person(rng)


def _count(rng: random.Random) -> int:
    return rng.choices([1, 2, 3, 4, 5, 6, 8], weights=[34, 28, 18, 9, 5, 4, 2])[0]


def zh_word(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return rng.choice(v.concepts())
    if r < 0.7:
        return rng.choice(v.ZH_DOMAIN)
    return rng.choice(v.zh_words())


def title(rng: random.Random, lang: str) -> str:
    if lang == "zh":
        t = rng.choice(v.ZH_TEMPLATES)
        a, b, c, s = zh_word(rng), zh_word(rng), zh_word(rng), rng.choice(v.ZH_SUFFIX)
        return t.format(a=a, b=b, c=c, s=s, g=rng.choice(v.ZH_CODES))
    if lang == "ja":
        return rng.choice(v.JA_TEMPLATES).format(a=rng.choice(v.JA_WORDS), b=rng.choice(v.JA_WORDS), c="中国")
    if lang == "ko":
        return rng.choice(v.KO_TEMPLATES).format(a=rng.choice(v.KO_WORDS), b=rng.choice(v.KO_WORDS))
    adj, n, m, o = rng.choice(v.EN_ADJ), rng.choice(v.EN_NOUN), rng.choice(v.EN_NOUN), rng.choice(v.EN_NOUN)
    t = rng.choice(v.EN_TEMPLATES).format(
        a=adj, A=adj.capitalize(), n=n, N=n.capitalize(), m=m, o=o, p=rng.choice(v.EN_PLACES)
    )
    return t


def _pages(rng: random.Random) -> str:
    start = rng.randint(1, 220)
    return f"{start}-{start + rng.randint(4, 25)}"


def _doi(rng: random.Random, lang: str, year: int) -> str:
    month, serial = rng.randint(1, 12), rng.randint(1, 20)
    if lang == "zh":
        prefix = rng.choice(["19581", "13821", "16538", "19744"])
        return f"10.{prefix}/j.cnki.{rng.choice(['jjyj', 'glsj', 'zgshkx'])}.{year}.{month:02d}.{serial:03d}"
    prefix = rng.choice(["1016", "1257", "1093", "1111", "1086"])
    return f"10.{prefix}/{rng.choice(['j.respol', 'aer', 'qje', 'jpe'])}.{year}.{rng.randint(100, 99999)}"


def _url(rng: random.Random, year: int) -> str:
    host = rng.choice(v.URL_HOSTS)
    path = rng.choice(["xinwen", "zhengce", "content", "news", "tjsj/zxfb"])
    month, day, serial = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1000, 9999999)
    return f"http://{host}/{path}/{year}{month:02d}/t{year}{month:02d}{day:02d}_{serial}.html"


def sample(rng: random.Random, lang: str, kind: str) -> Ref:
    """Draw one reference record of language ``lang`` and document kind ``kind``."""
    year = rng.randint(1985, 2025) if rng.random() < 0.85 else rng.randint(1950, 1984)
    if kind == "EB":
        year = rng.randint(1998, 2024)
    ref = Ref(lang=lang, kind=kind, title=title(rng, lang), year=year)
    ref.month, ref.day = rng.randint(1, 12), rng.randint(1, 28)
    if lang == "zh" and rng.random() < 0.06:
        ref.authors = [Name(literal=rng.choice(v.ORGS))]
    elif kind != "EB" or rng.random() < 0.5:
        ref.authors = [person(rng, lang) for _ in range(_count(rng))]
    if kind == "J":
        if lang == "zh":
            ref.container = rng.choice(v.ZH_JOURNALS)
            ref.volume = str(rng.randint(1, 60)) if rng.random() < 0.45 else ""
            ref.issue = str(rng.randint(1, 12))
        elif lang in ("ja", "ko"):
            ref.container = rng.choice(v.JA_JOURNALS if lang == "ja" else v.KO_JOURNALS)
            ref.volume, ref.issue = str(rng.randint(1, 60)), str(rng.randint(1, 4))
        else:
            ref.container, ref.container_short = rng.choice(v.EN_JOURNALS)
            ref.volume = str(rng.randint(1, 130))
            ref.issue = str(rng.randint(1, 12)) if rng.random() < 0.8 else ""
        ref.pages = _pages(rng)
        if rng.random() < 0.12:
            ref.doi = _doi(rng, lang, year)
    elif kind == "N":
        ref.container = rng.choice(v.ZH_NEWSPAPERS)
        ref.pages = f"{rng.randint(1, 16):02d}" if rng.random() < 0.5 else str(rng.randint(1, 16))
    elif kind in ("M", "chapter", "C", "R"):
        pool = {"zh": v.ZH_PUBLISHERS, "ja": v.JA_PUBLISHERS, "ko": v.KO_PUBLISHERS}.get(lang, v.EN_PUBLISHERS)
        ref.publisher, ref.place = rng.choice(pool)
        if lang == "zh" and rng.random() < 0.15:
            i = rng.randrange(len(v.PROVINCES))
            ref.publisher, ref.place = v.PROVINCES[i] + "人民出版社", v.CAPITALS[i]
        if kind == "M" and rng.random() < 0.2 and lang == "zh":
            ref.translators = [_zh_person(rng) for _ in range(rng.randint(1, 2))]
            ref.authors = [_zh_person(rng) if rng.random() < 0.3 else Name(literal=_translit(rng))]
        if kind == "M" and rng.random() < 0.12:
            ref.edition = str(rng.randint(2, 5))
        if kind in ("chapter", "C"):
            ref.editors = [person(rng, lang) for _ in range(rng.randint(1, 2))]
            if kind == "C":
                ref.container = (
                    f"{rng.choice(v.concepts())}学术研讨会论文集"
                    if lang == "zh"
                    else f"Proceedings of the {_ordinal(rng.randint(2, 30))} Conference on {title(rng, 'en')}"
                )
            else:
                ref.container = title(rng, lang)
            ref.pages = _pages(rng)
        elif rng.random() < 0.3:
            ref.pages = str(rng.randint(1, 400))
    elif kind == "D":
        ref.publisher = (
            rng.choice(v.UNIVERSITIES)
            if lang == "zh"
            else rng.choice(["Harvard University", "MIT", "Stanford University"])
        )
        ref.place = {"北京大学": "北京", "清华大学": "北京", "复旦大学": "上海", "浙江大学": "杭州"}.get(
            ref.publisher, ""
        )
    elif kind == "EB":
        ref.url = _url(rng, year)
        ref.accessed = f"{min(year + rng.randint(0, 3), 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return ref


def _translit(rng: random.Random) -> str:
    fam = "".join(rng.choice(v.TRANSLIT) for _ in range(rng.randint(2, 4)))
    return "".join(rng.choice(v.TRANSLIT) for _ in range(2)) + "·" + fam if rng.random() < 0.5 else fam


def _ordinal(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"
