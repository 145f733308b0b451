"""Resolve in-text citations to reference entries; report orphans and dangling markers.

Numeric markers resolve by label. Author-year citations resolve by the first
author's name and the year: an exact name wins; a name one edit away (a typo
such as 刘烨 for 刘焯) is accepted when no exact match exists; further names
(`李如秒和赖普清`) break ties; an entry a year off fits, last, when every name fits
it. Two entries that fit equally make the citation `ambiguous`, and both are
kept as candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from npf_graph.document import Doc
from npf_graph.extract.author_year import IN_PRESS, TRAILING_INITIALS_RE, CitedName
from npf_graph.ingest.chars import cjk_count
from npf_graph.link.works import edit_distance, fold
from npf_graph.models import Reference, Warning
from npf_graph.validate import is_subsequence

# particles that open a family name and are no Chinese surname in Pinyin (unlike Du, Da, Di, Le, La)
NAME_PARTICLES = {"van", "vander", "vanden", "von", "der", "den", "de", "del", "della", "dos", "das", "ter", "ten"}


def family_name(name: str) -> str:
    """A name as compared: a Chinese name whole, a Latin one's family name without initials glued on, with
    its particles and both halves of a double name however the conversion spaced them ('Van RijnsoeverFJ'
    and 'VanRijnsoever', 'Godet - Bar G' and 'Godet－Bar')."""
    if re.search(r"[\u4e00-\u9fff]", name):
        return fold(name)
    words = re.split(r"[,，\s]+", re.sub(r"\s*[-－‐]\s*", "-", name.strip()))
    family = last = words[0]
    for word in words[1:]:
        # 'de La Fuente': la after de, never alone (a syllable of Pinyin)
        particle = last.lower() in NAME_PARTICLES or (last.lower() == "la" and family.lower() == "dela")
        if not particle or re.fullmatch(r"[A-Z]{1,2}|[B-DF-HJ-NP-TV-Z]{3,5}|(?:[A-Z]\.\s?)+", word):
            break  # 'De M', 'Van JL', 'VAN HRGM': a family name De or Van, with initials
        family, last = family + word, word
    return fold(TRAILING_INITIALS_RE.sub("", family))  # 'BaumgardnerJL'


OCR_DIGITS = str.maketrans("oOlI", "0011")
# a year the conversion garbled in an entry ('(2O12)', '20l8', '(2ool)'): letters read for digits, both last two
# digits too, which the citations' year grammar (ONE_YEAR) does not admit
DAMAGED_YEAR_RE = re.compile(r"(?<![\w.])(?=\w*[oOlI])((?:19|2[0oO])[\doOlI]{2})([a-z]?)(?![\w])")


@lru_cache(maxsize=4096)  # asked again for every citation the entry is weighed against
def _damaged_year(raw: str) -> tuple[int, str] | None:
    """The one year, and its letter, an entry prints with letters for digits ('Camos,V. (2O12)',
    '(2Ol2a)'), if it prints one."""
    damaged = {(int(m.group(1).translate(OCR_DIGITS)), m.group(2)) for m in DAMAGED_YEAR_RE.finditer(raw)}
    return damaged.pop() if len(damaged) == 1 else None


# a year the conversion cut short, in brackets after the names: '(216)', '(l5)', '(oo5)', '(998)', '(oa)'; not
# an issue, which follows its volume's digits ('44(1)')
YEAR_FRAGMENT_RE = re.compile(r"(?<![\d\s(（])\s?[(（]\s*([\doOlI]{1,3})([a-z]?)\s*[)）]")
CENTURIES = ("19", "20")  # '(2O)': all that is left says nothing of the year


@lru_cache(maxsize=4096)
def _year_fragment(raw: str) -> tuple[str, str] | None:
    """The digits left of an entry's year where the conversion lost some, and its letter
    ('Webb,T.(216)' → '216', ''; '(O12b)' → '012', 'b'); of a year whose digits say nothing, only its
    letter ('(2ob)' → '', 'b'), which tells two works of one year apart."""
    m = YEAR_FRAGMENT_RE.search(raw)
    if m is None:
        return None
    digits, letter = m.group(1).translate(OCR_DIGITS), m.group(2)
    if digits in CENTURIES or len(digits) == 1:
        return ("", letter) if letter else None
    return digits, letter


FIRST_EDITION_RE = re.compile(r"[(（]\s*((?:19|20)\d\d)\s*年?\s*初版\s*[)）]")


@lru_cache(maxsize=4096)
def _first_editions(raw: str) -> set[int]:
    """The years of first editions a reprint's entry prints ('2017（1916初版）')."""
    return {int(m.group(1)) for m in FIRST_EDITION_RE.finditer(raw)}


def _fragment_fits(fragment: str, year: str) -> bool:
    """'216' fits 2016, '15' 2015 and '202' 2020: the digits left are the year's, in order."""
    rest = iter(year)
    return all(d in rest for d in fragment)


def _co_author_fit(name: str, others: list[str]) -> int:
    """2 for a co-author the entry names, 1 for one a letter off ('Mas-Herrero' for 'Mas-Herrro'), else 0."""
    if name in others:
        return 2
    return 1 if any(_one_slip(name, other) for other in others) else 0


PARTICLE_RE = re.compile(rf"^(?:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))})(?=[a-z]{{3}})")


def _particle_dropped(want: str, have: str) -> bool:
    """The same family name with its particle printed on one side only ('De Bock' cited, 'Bock,D.D.' listed)."""
    return want != have and PARTICLE_RE.sub("", want) == PARTICLE_RE.sub("", have)


def _year_letter(ref: Reference) -> str:
    """The letter after the year an entry prints ('(2019b)'), or ''."""
    m = re.search(rf"(?<!\d){ref.year}([a-z])(?![a-z])", ref.raw) if ref.year else None
    return m.group(1) if m else ""


def _one_slip(want: str, have: str) -> bool:
    """One character read wrong ('刘烨' for '刘焯'), or in a Latin name of five letters or more
    one dropped or doubled ('Kellerman' for 'Kelerman', 'Campbel' for 'Campbell')."""
    same_length = len(want) == len(have) and len(want) >= 2
    latin = min(len(want), len(have)) >= 5 and want.isascii() and have.isascii()
    return (same_length or latin) and edit_distance(want, have, 1) <= 1


def _double_collapsed(want: str, have: str) -> bool:
    """A Latin name with one doubled letter printed once on one side ('Oten' for 'Otten', 'Hog' for 'Hogg')."""
    if not (want.isascii() and have.isascii()) or abs(len(want) - len(have)) != 1:
        return False
    long, short = (want, have) if len(want) > len(have) else (have, want)
    return len(short) >= 3 and any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1)
    )


def _letters_lost(want: str, have: str) -> bool:
    """The entry's Latin name with two letters of the cited one lost ('McAulie' for 'McAuliffe')."""
    ascii_names = want.isascii() and have.isascii()
    return ascii_names and len(want) - len(have) == 2 and len(have) >= 5 and is_subsequence(have, want)


def _rn_read_as_m(want: str, have: str) -> bool:
    """The same Latin name with 'rn' read as 'm' on one side ('Schwambom' for 'Schwamborn'): the name as
    printed, not a slip."""
    return want != have and want.isascii() and want.replace("rn", "m") == have.replace("rn", "m")


IN_PRESS_RE = re.compile(IN_PRESS)
YEAR_SLIP = 1  # the score of an entry a year off, below every entry of the year cited


def match_score(cited: CitedName, ref: Reference) -> int:
    """0 = no match; higher is better."""
    if "/" in cited.year:  # 'Flick,2002/2007': the entry may carry either year
        return max(match_score(replace(cited, year=y.strip()), ref) for y in cited.year.split("/"))
    other_year = False
    if IN_PRESS_RE.fullmatch(cited.year):  # 'Fila 等(in press)': an entry in press, with no year
        if ref.year or not IN_PRESS_RE.search(ref.raw) or not ref.authors:
            return 0
        unread = 0
    else:
        year = cited.year[:4].translate(OCR_DIGITS)
        if year.isdigit() and int(year) in _first_editions(ref.raw):
            year = str(ref.year or year)  # '索绪尔（1916）' for '索绪尔，2017（1916初版）': the first edition's year
        if not year.isdigit() or not ref.authors or (ref.year and abs(int(year) - ref.year) > 1):
            return 0
        if ref.year and int(year) != ref.year:
            return _year_slip(cited, ref)
        # an entry whose year the conversion garbled: read with letters for digits as the year cited
        # ('(2O12)'), it fits just below an entry printed whole; lost ('(ol1)'), it fits by name only;
        # read as another year ('(2o08)' cited as 2013), it fits no better than a year's slip
        misread = None if ref.year else _damaged_year(ref.raw)
        fragment = None if ref.year or misread else _year_fragment(ref.raw)
        letter = cited.year[4:5] if cited.year[4:5].isalpha() else ""
        printed_letter = (misread or fragment or (0, ""))[1] or (_year_letter(ref) if letter else "")
        if letter and printed_letter and printed_letter != letter:
            return 0  # '2012a' is not the entry of '(2Ol2b)' nor of '(2012b)'
        other_year = misread is not None and misread[0] != int(year)
        # what is left of a year cut short fits just below one misread, by the digits left ('(216)' cited as
        # 2016); left as another year, it counts as lost, for the digits left may be misread too
        if ref.year:
            unread = 0
        elif misread:
            unread = 4 if other_year else 1
        elif fragment and _fragment_fits(fragment[0], year):
            unread = min(4, 5 - len(fragment[0]))
        else:
            unread = 4
    want, have = family_name(cited.first), family_name(ref.authors[0])
    if not want or not have:
        return 0
    co_author_needed = False  # the first author's name damaged past a slip: the co-authors must fit
    if want == have or _rn_read_as_m(want, have):
        score = 10 - unread
    elif _particle_dropped(want, have):
        score = 9 - unread  # below the entry that prints the name as cited
    elif (_one_slip(want, have) or _double_collapsed(want, have)) and unread < 4:
        score = 5
    elif _letters_lost(want, have) and cited.others and unread < 4:
        score, co_author_needed = 4, True  # 'McAuliffe & Dunham' for 'McAulie，K.，& Dunham,Y.'
    elif len(want) == 1 and have.startswith(want) and cited.others and unread < 4:
        score, co_author_needed = 3, True  # '詹，任俊': the first author's given name lost
    elif _translated_names(cited, ref) and unread == 0:
        return TRANSLATION  # the cited Chinese names in the entry's Chinese original, after its translation
    else:
        return 0
    others = [family_name(a) for a in ref.authors[1:]]
    fits = [_co_author_fit(family_name(o), others) for o in cited.others]
    if co_author_needed and not any(fits):
        return 0
    # each co-author cited that the entry does not name counts against it, so that of one first author's
    # works of a year the one naming every co-author cited wins over one naming the first author exactly
    # ('Martarelli,Mast,Läge,& Roebers,2015': 'Martarell, C. S., Mast, F. W., Läge, D., & Roebers, C. M.')
    score = max(1, score + sum(fits) - fits.count(0))
    if cited.et_al and len(ref.authors) > 1:
        score += 1
    if not cited.et_al and not cited.others and len(ref.authors) == 1:
        score += 1
    return YEAR_SLIP if other_year else score


TRANSLATION = 4
CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def _translated_names(cited: CitedName, ref: Reference) -> bool:
    """'许思安和张积家(2010)' for 'Xu, S. A., & Zhang, J. J. (2010). … [许思安，张积家.(2010)．…]': the entry
    is read by its English translation, and prints every cited Chinese name in the original after it."""
    names = [cited.first, *cited.others]
    latin = bool(ref.authors) and not cjk_count(ref.authors[0])
    return latin and all(CJK_NAME_RE.fullmatch(n) and n in ref.raw for n in names)


def _year_slip(cited: CitedName, ref: Reference) -> int:
    """'刘建新和李东进（2016）' for the entry of 2017: a year off is a slip of the citing paper when every
    name cited is the entry's, exactly, and the count of authors fits (one alone, or 等 for several)."""
    names = [family_name(a) for a in ref.authors]
    if family_name(cited.first) != names[0] or any(family_name(o) not in names[1:] for o in cited.others):
        return 0
    if not cited.others and (len(names) > 1) != cited.et_al:
        return 0
    return YEAR_SLIP


def _year_read(ref: Reference) -> bool:
    """The entry's year is printed, or misread with letters for digits ('(2O13)'): two entries that fit a
    citation so are both its candidates, not two entries that fit by name alone."""
    return bool(ref.year or _damaged_year(ref.raw))


def resolve_citations(doc: Doc) -> Doc:
    rec = doc.record
    by_label = {r.label: r for r in rec.references if r.label}
    by_id = {r.id: r for r in rec.references}
    cited_ids: set[str] = set()
    targets = doc.notes.get("cited", {})
    assert isinstance(targets, dict)
    for cite in rec.citations:
        wanted = targets.get(cite.id, [])
        ids: list[str] = []
        ambiguous = False
        for item in wanted:
            if isinstance(item, str) and item in by_id:  # a named work matched by title
                ids.append(item)
            elif isinstance(item, str) and item in by_label:
                ids.append(by_label[item].id)
            elif isinstance(item, CitedName):
                scored = sorted(((s, r.id) for r in rec.references if (s := match_score(item, r)) > 0), reverse=True)
                if not scored:
                    continue
                best = [rid for s, rid in scored if s == scored[0][0]]
                if len(best) > 1 and (scored[0][0] == YEAR_SLIP or not all(_year_read(by_id[b]) for b in best)):
                    continue  # several entries fit by name alone, or each a year off: none can be told apart
                if scored[0][0] == YEAR_SLIP and not by_id[best[0]].year:
                    continue  # the names fit an entry whose garbled year reads as another: a citation, unlinked
                ids.extend(best)
                ambiguous = ambiguous or len(best) > 1
        cite.reference_ids = list(dict.fromkeys(ids))
        cite.status = "ambiguous" if ambiguous else ("resolved" if ids else "unresolved")
        cited_ids.update(cite.reference_ids)
        if rec.references and not ids:
            rec.warnings.append(
                Warning(code="dangling_citation", message=f"{cite.marker} matches no reference entry", span=cite.span)
            )
    for ref in rec.references:
        if ref.id not in cited_ids and rec.citations:
            rec.warnings.append(Warning(code="orphan_reference", message=f"never cited: {ref.raw[:50]}", span=ref.span))
    if rec.citations and not rec.references:
        rec.warnings.append(
            Warning(
                code="no_reference_list",
                message=f"{len(rec.citations)} citation markers but no reference list; kept as unresolved",
            )
        )
    return doc
