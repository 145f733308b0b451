"""The grammar of author-year citations: the year (with its OCR damage), an item of a group
('如 Zhu & Zhou, 2012'), the names it cites, and a table cell that holds one citation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from npf_graph.extract.surnames import surname_length
from npf_graph.ingest.chars import LATIN_LETTERS

IN_PRESS = r"[Ii]n\s?press?|印刷中"  # a work in press: 'Fila 等(in press)', '（许丽颖，印刷中)', 'Inpres'
# OCR reads 0 as o/O, 1 as l/I ('20o8'); 'James,1891'; or the work is in press
ONE_YEAR = r"(?:(?:19|2[0oO])(?:\d[\doOlI]|[oOlI]\d)|18\d\d)[a-z]?"
# a translated work cited by both years ('Flick,2002/2007': the original, then the translation)
YEAR = rf"(?:{ONE_YEAR}(?:\s?/\s?{ONE_YEAR})?|{IN_PRESS})"
GLOSS_WORD = r"(?!(?:et|al|and)\b)[a-z][A-Za-z\-]*"
# '(adverse events, Farias et al., 2020)', '(Dismantling designs, Britton et al., 2018)': a term glossed
GLOSS = rf"(?:{GLOSS_WORD}(?:\s+{GLOSS_WORD})*|[A-Z][A-Za-z\-]*(?:\s+{GLOSS_WORD})+)\s*[,，]"
# a pointer to further works: '见', '类似结果见', '详见'
SEE = (
    r"(?:(?:类似|相关|具体|详细|更多)?(?:实验操作|研究|操作|实验|结果|证据|综述|讨论|分析|范式)|详细?|另|也|亦|参)?见"
    r"|[\u4e00-\u9fff]{1,16}?请?参见"  # '更详细的描述请参见', '具体参数参见', '该项目的具体实施细节可参见'
)
# the pages cited: '72', '16-28', '9；14-16'
PAGES = r"\d{1,4}(?:\s*[-–—~]\s*\d{1,4})?(?:\s*[；;，,]\s*\d{1,4}(?:\s*[-–—~]\s*\d{1,4})?){0,3}"
# where in the work: 'p.133-136', 'p.xviii', 'p.S253', '第12章'
LOCATOR = rf"(?:(?:p+\.\s*)?[A-Z]?{PAGES}|p+\.\s*[ivxlc]+|第\s*\d+\s*[章节页])"
LEAD_IN = (
    rf"(?:(?:{SEE}|参考|参看"
    r"|(?:例|比|譬|诸)?如|引自|转引自)[：:，,]?"
    r"|(?:e\.\s?g|i\.\s?e|c\.?\s?f|see(?:\s+also)?)\.?\s*[，,:]?"
    r"|[A-Za-z][A-Za-z \-]{2,40}[：:]"
    # '(面孔: Swallow& Jiang,2011', '(耶克斯-多德森定律,Diamond et al.,2007': a label or a term before Latin names
    r"|[\u4e00-\u9fff][\u4e00-\u9fff\-]{0,15}(?:[：:]|[，,](?=\s*[A-Z]))"
    rf"|{GLOSS})"
)
ITEM_RE = re.compile(
    rf"^\s*+(?:{LEAD_IN}\s*+){{0,2}}(?P<names>[^；;：:]{{1,120}}?)\s*+[，,]?\s*+(?P<year>{YEAR}(?:\s*[，,]\s*{YEAR})*)"
    rf"(?:\s*+[，,:：]\s*+{LOCATOR})?\s*+$"
)
BARE_YEAR_RE = re.compile(rf"^\s*(?P<names>)(?P<year>{YEAR}(?:\s*[，,]\s*{YEAR})*)\s*$")  # '…, 2010; 2011'
VENUE_RE = re.compile(r"[A-Z]{2,}[A-Za-z]*")  # 'ACMMultimedia', 'SIGMOD': a venue or a product glued to its year


def group_item(part: str) -> re.Match[str] | None:
    """One item of a bracketed group read as names and a year ('Zhu & Zhou, 2012'), or a bare year;
    None for a venue glued to its year ('（ACMCIKM2013）', '（SIGMOD2014）'), which cites no one."""
    item = ITEM_RE.match(part) or BARE_YEAR_RE.match(part)
    if item and item.end("names") == item.start("year") and VENUE_RE.fullmatch(item.group("names")):
        return None
    return item


LETTERS = rf"{LATIN_LETTERS}'\-"  # 'Carré', 'Müller'
# 等, 等人, 等学者, and 'Lopez-Duran 和同事', '及其同事', 'Hekman 及合作者': and colleagues
ZH_ET_AL = r"(?:等(?:人|学者)?|(?:和|与|及其?)(?:同事|合作者)们?)"
ET_AL = rf"(?:{ZH_ET_AL}|[ea]t\.?\s*al\.?)"
# a name's particles, capitalised too where they open it ('Van Der Linden', 'De Klerk', "van't Wout")
PARTICLE = (  # 'delaFuente', 'dela Fuente', 'deLaFuente': the conversion glued a particle on
    r"(?:(?:[Vv]an(?:'t)?|[Vv]on|[Dd]e[rn]?|[Dd]a|[Dd]u|[Ll]e|[Ll]a|[Dd]i|[Dd]el|[Dd]os|[Tt]er|[Tt]en)[\s\-]+"
    r"|(?<![A-Za-z])[Dd]e(?:la ?)?(?=[A-Z]))"
)


@dataclass(frozen=True)
class CitedName:
    """One work cited by name and year: the first author's name, further names, the year."""

    first: str
    others: tuple[str, ...]
    year: str
    et_al: bool


LATIN_NAME_RE = re.compile(
    rf"(?:{PARTICLE})*[A-Z][{LETTERS}]+(?:\s+(?:{PARTICLE})*[A-Z][{LETTERS}]+)?"
)  # 'Van den Broeck'
INITIALS_RE = re.compile(r"(?:[A-Z]\.?\s*-?\s*)+\.?")
# '中国科学院中国植物志编辑委员会', 'Flora of China 编委会', '国家统计局': a body as author, in Chinese
ZH_BODY_RE = re.compile(
    r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{1,30}"
    r"(?:委员会|编委会|课题组|编写组|编辑部|研究所|研究院|研究中心|协会|学会|办公室|办公厅|统计局|联合会)"
)
GROUP_AUTHOR_RE = re.compile(r"[A-Z][A-Za-z\-]+(?:\s+(?:of\s+)?[A-Z][A-Za-z\-]+){1,4}")  # a body, not a person


def same_names(cited: list[CitedName | None], year: str) -> CitedName | None:
    """A bare year after a citation cites the same authors: '(高学德，2006；2013)'."""
    last = cited[-1] if cited else None
    return CitedName(last.first, last.others, year, last.et_al) if last else None


# initials after a surname, spaced or glued to it: 'Linden W', 'MoseleyJV', an entry's 'BaumgardnerJL'
TRAILING_INITIALS_RE = re.compile(r"(?<=[a-z])\s?[A-Z](?:\.?\s?[A-Z])?\.?$")
# between cited names; 'and' also where the conversion glued it to both ('WoodmanandLaHoz')
NAMES_SPLIT_RE = re.compile(r"\s*(?:和|与|、|&|＆|\band\b|(?<=[a-z]{3})and(?=[A-Z])|,|，)\s*")


def _initials(part: str, capitals: bool) -> bool:
    """'R.', 'JV', 'A. B.': initials, and a term's capitals before the names ('PANAS，Watson et al'); among
    names all in capitals, a surname ('PARELLE＆DUCREY') is none."""
    short = "." in part or len(part.replace(" ", "")) <= 3
    return bool(INITIALS_RE.fullmatch(part)) and (short or not capitals)


STRAY_STOP_RE = re.compile(r"(?:(?<=[a-z]{2})|(?<=[a-z][A-Z])|(?<=[\u4e00-\u9fff]))\.{1,2}$")


def parse_names(names: str, year: str) -> CitedName | None:
    """'温馨等' / '李如秒和赖普清' / 'Rajala *et al.*' / 'Zhu & Zhou' -> CitedName."""
    n = names.replace("*", "").strip()
    # 'Baeken at al.', 'Kreuter et.al', 'Lopez-Duran 和同事'
    # a stray stop after the last name: 'Goecks& Jalili.，2020', '王玮文，林文娟.2003', 'Stewart,France..2001',
    # '马双双 等.,2016'
    n = STRAY_STOP_RE.sub("", n)
    et_al = bool(re.search(rf"{ET_AL}$", n))
    n = STRAY_STOP_RE.sub("", re.sub(rf"[\s,，]*{ET_AL}$", "", n).strip())  # 'King-Casas.et al.'
    n = re.sub(r"(?<![A-Za-z])(van|von)(der|den|de)(?=\s|[A-Z])", r"\1 \2", n)  # 'vander Drift'
    n = re.sub(r"(?<![A-Za-z])([Dd]e)(la)\s?(?=[A-Z])", r"\1 \2 ", n)  # 'delaFuente', 'dela Fuente'
    n = re.sub(r"(?<![A-Za-z])(van|von|de|der)(?=[A-Z][a-z])", r"\1 ", n)  # 'vanLange'
    parts = [p.strip() for p in NAMES_SPLIT_RE.split(n) if p.strip()]
    if not parts or len(parts) > 8:
        return None
    if len(parts) > 1:  # 'Gomez, R.': the initials go with the name; 'OECD' alone is a name
        # 'PARELLE＆DUCREY': surnames in capitals joined by an ampersand ('ADOGS,Bembenutty,&…': a term first)
        capitals = bool(re.search(r"&|＆", n)) and all(p.isupper() for p in parts)
        parts = [p for p in parts if not _initials(p, capitals)]
    parts = [re.sub(r"^(?:[A-Z]\.\s?){1,3}(?=[A-Z][a-z])", "", p) for p in parts]  # 'F.R.Huang'
    parts = [TRAILING_INITIALS_RE.sub("", p) for p in parts]  # 'Linden W', 'MoseleyJV'
    if len(parts) == 1 and (GROUP_AUTHOR_RE.fullmatch(parts[0]) or ZH_BODY_RE.fullmatch(parts[0])):
        return CitedName(parts[0], (), year, et_al)  # 'World Bank Group', 'Merriam-Webster Online Dictionary'
    if not parts:
        return None
    for k, p in enumerate(parts):
        # '詹，任俊': a first author's surname whose given name the conversion lost, before co-authors
        cjk = re.fullmatch(r"[\u4e00-\u9fff·]{1,12}" if k == 0 and len(parts) > 1 else r"[\u4e00-\u9fff·]{2,12}", p)
        latin = LATIN_NAME_RE.fullmatch(p)
        if not (cjk or latin):
            return None
    return CitedName(parts[0], tuple(parts[1:]), year, et_al)


CELL_RE = re.compile(r"<td[^<>]*>(?P<body>[^<>]{6,400})</td>")
CELL_YEAR_RE = re.compile(rf"(?:[,，]|等|al\.?)\s*{YEAR}(?:\s*[,，]\s*{YEAR})*\s*$")
# between the citations of a cell: a semicolon, a slash before names, or a space after a year
EXPERIMENT_TAG_RE = re.compile(r"\s*[,，]?\s*(?:Exp(?:eriment)?\.?|Study|实验|研究)\s*\d{1,2}[a-z]?\s*$")
CELL_SPLIT_RE = re.compile(r"[；;]|[/／]\s*(?=[A-Z\u4e00-\u9fff])|(?<=\d)\s+(?=[A-Z])|(?<=\d)\s*(?=[\u4e00-\u9fff])")


def cell_citations(m: re.Match[str]) -> list[tuple[int, int, list[CitedName]]]:
    """A table cell of citations, set apart by semicolons, slashes or spaces after a year: Latin
    names, or names with 等/et al. or a known surname first ('Quevedo et al., 2016', '于丽霞 等， 2013',
    '卫芬，2013', '例如：Chen et al., 2015;Liden et al.,2014', 'Neubert et al.,2008,2016'); (start,
    end, works) of each. A piece that reads as none ('al.,2019', a cell's text the table cut off) is
    passed over while at least as many read; otherwise the cell is no citation."""
    found, missed = [], 0
    body, at = m.group("body"), m.start("body")
    seps = list(CELL_SPLIT_RE.finditer(body))
    for begin, stop in zip([0, *(c.end() for c in seps)], [*(c.start() for c in seps), len(body)], strict=True):
        raw = body[begin:stop]
        piece = raw.strip().rstrip("*＊").rstrip()  # 'Liao et al., 2021*': a mark after the citation
        piece = EXPERIMENT_TAG_RE.sub("", piece)  # 'De Bock et al.,1998,Exp.2': the work's experiment after it
        item = _cell_item(piece, bool(found) or begin > 0)
        if item is None:
            missed += piece != ""
            continue
        lead = at + begin + len(raw) - len(raw.lstrip())
        found.append((lead + item[0], lead + len(piece), item[1]))
    return found if len(found) >= missed else []


def _cell_item(body: str, later: bool) -> tuple[int, list[CitedName]] | None:
    """(where the names start in `body`, works) of one citation in a cell, or None; a lead-in ('例如：')
    only before the first."""
    if not CELL_YEAR_RE.search(body):  # not 'RAJ2000', 'Revit-2016': a year set apart from the names
        return None
    item = ITEM_RE.match(body)
    if (
        item is None
        or not item.group("names")
        or (item.start("names") > 0 and (later or not re.match(r"例?如|见", body)))
    ):
        return None
    names = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", item.group("names"))  # '王 杰群 等'
    works = [parse_names(names, year) for year in re.findall(YEAR, item.group("year"))]
    first = works[0]  # the year group holds at least one year
    if first is None or not (first.et_al or first.first[:1].isascii() or surname_length(first.first)):
        return None
    return item.start("names"), [w for w in works if w is not None]
