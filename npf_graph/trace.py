"""Trace claims to their sources: claim → citation marker → reference entry → cited work,
with the data sources and the people or works the claim quotes, each with its document,
section, sentence and character offsets in the source file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from pyoxigraph import NamedNode

from npf_graph.errors import NpfError
from npf_graph.query import run_query
from npf_graph.store import GraphStore
from npf_graph.terminal import printable

# the claims matching the filter first (a subquery, where the parameter is bound), then the
# details of each of them (LATERAL: looked up per claim, never joined over every claim)
CLAIMS = """
SELECT DISTINCT ?claim ?id ?kind ?text ?start ?end ?doc ?docTitle ?file ?function ?needle {
  { SELECT DISTINCT ?claim ?needle WHERE { %s } }
  LATERAL {
    ?claim a npf:Claim ; npf:kind ?kind ; rdf:value ?text ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
    ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
    ?doc rdfs:label ?docTitle ; prov:wasDerivedFrom/npf:fileName ?file .
    OPTIONAL { ?claim dcterms:identifier ?id }
    OPTIONAL { ?claim ?function ?cited . FILTER(?function IN (%s)) }
  }
}
ORDER BY ?file ?start
LIMIT %d
"""
FILTERS = {
    "concept": """?c skos:prefLabel|skos:altLabel|skos:hiddenLabel ?needle . ?claim dcterms:subject ?c .""",
    # titles and creators' names through the lookup index (rdf/grams.py)
    "work": """%s
               ?w dcterms:title|dcterms:creator/foaf:name ?hay .
               FILTER(CONTAINS(LCASE(STR(?hay)), LCASE(STR(?needle))))
               ?claim cito:cites ?w .""",
    # a needle of digits may be a year too (no title gram holds a year)
    "year": """{ ?w dcterms:title ?hay } UNION { ?w dcterms:creator/foaf:name ?hay }
               UNION { ?w fabio:hasPublicationYear ?y . BIND(STR(?y) AS ?hay) }
               FILTER(IF(BOUND(?y), STR(?y) = STR(?needle), CONTAINS(LCASE(STR(?hay)), LCASE(STR(?needle)))))
               ?claim cito:cites ?w .""",
    "claim": """?claim a npf:Claim . OPTIONAL { ?claim dcterms:identifier ?id }
                FILTER(STR(?id) = STR(?needle) || STRENDS(STR(?claim), STR(?needle)))""",
    "text": """?claim a npf:Claim ; rdf:value ?text . FILTER(CONTAINS(STR(?text), STR(?needle)))""",
}
FUNCTIONS = ("citesForInformation", "citesAsAuthority", "citesAsDataSource", "disagreesWith")
"""The CiTO functions the claim extractor gives a citing sentence (besides plain cito:cites)."""
# the details of the claims found, asked for all of them at once (VALUES), each part joined on
# bound terms: no OPTIONAL block that the engine would evaluate over the whole store first
CITATIONS = """
SELECT ?claim ?c ?marker ?status ?start ?end WHERE {
  VALUES ?claim { %s }
  ?claim npf:hasCitation ?c .
  ?c c4o:hasContent ?marker ; npf:citationStatus ?status ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
}"""
REFERENCES = """
SELECT ?c ?raw ?refStart ?refEnd ?work WHERE {
  VALUES ?c { %s }
  ?c c4o:denotes ?ref . ?ref c4o:hasContent ?raw ; biro:references ?work ; oa:hasSelector ?rsel .
  ?rsel a oa:TextPositionSelector ; oa:start ?refStart ; oa:end ?refEnd .
}"""
SECTIONS = """SELECT ?claim ?section WHERE { VALUES ?claim { %s } ?claim dcterms:isPartOf/dcterms:title ?section }"""
TITLES = """SELECT ?work ?title WHERE { VALUES ?work { %s } ?work dcterms:title ?title }"""
YEARS = """SELECT ?work ?year WHERE { VALUES ?work { %s } ?work fabio:hasPublicationYear ?year }"""
SOURCES = """
SELECT ?claim ?label ?start ?end WHERE {
  VALUES ?claim { %s }
  ?claim cito:citesAsDataSource ?d . ?d rdfs:label ?label ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
}"""
QUOTES = """
SELECT ?claim ?name WHERE {
  VALUES ?claim { %s }
  ?claim cito:includesQuotationFrom ?q . { ?q foaf:name ?name } UNION { ?q dcterms:title ?name }
}
"""


@dataclass
class Link:
    marker: str
    status: str
    span: tuple[int, int]
    reference: str | None = None
    reference_span: tuple[int, int] | None = None
    work: str | None = None
    work_title: str | None = None
    year: str | None = None


@dataclass
class Trace:
    claim: str
    id: str  # the claim's id in its record, as `extract` prints it
    kind: str
    text: str
    span: tuple[int, int]
    document: str
    file: str
    section: str | None
    function: str | None = None  # the CiTO citation function of a citing sentence
    citations: list[Link] = field(default_factory=list)
    data_sources: list[dict] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _v(row: dict, key: str) -> str | None:
    return row[key].value if key in row else None


# the works holding a needle's first and last gram, each once (rdf/grams.py)
CANDIDATES = """SELECT DISTINCT ?w ?needle WHERE {
  GRAPH ?g { ?w npf:lookupGram ?needleGram1 , ?needleGram2 . }
}"""


def _candidates(store: GraphStore, needle: str) -> str:
    """A VALUES block of the works that may match `needle` (none when it is too short for a gram:
    every work is read)."""
    from npf_graph.rdf.grams import needle_grams

    if needle_grams(needle) is None:
        return ""
    works = {r["w"].value for r in run_query(store, CANDIDATES, {"needle": needle}).rows if "w" in r}
    return "VALUES ?w {{ {} }}".format(" ".join(f"<{w}>" for w in sorted(works)))


def trace(store: GraphStore, by: str, needle: str, limit: int = 100) -> list[Trace]:
    if by not in FILTERS or by == "year":
        raise NpfError(f"trace by one of {', '.join(k for k in FILTERS if k != 'year')}")
    where = FILTERS["year" if by == "work" and needle.isdigit() else by]
    if where is FILTERS["work"]:
        where = where % _candidates(store, needle)
    query = CLAIMS % (where, ", ".join(f"cito:{f}" for f in FUNCTIONS), limit)
    out = []
    for row in run_query(store, query, {"needle": needle}).rows:
        out.append(
            Trace(
                claim=row["claim"].value,
                id=_v(row, "id") or row["claim"].value.rsplit("/", 1)[-1],
                kind=_v(row, "kind") or "",
                text=_v(row, "text") or "",
                span=(int(_v(row, "start") or 0), int(_v(row, "end") or 0)),
                document=_v(row, "docTitle") or "",
                file=_v(row, "file") or "",
                section=None,
                function=(_v(row, "function") or "").rsplit("/", 1)[-1] or None,
            )
        )
    claims = {t.claim: t for t in reversed(out)}  # the first trace of each claim gathers the details
    for r in _rows(store, SECTIONS, claims):
        claims[r["claim"].value].section = r["section"].value
    citations = sorted(_rows(store, CITATIONS, claims), key=lambda c: (int(_v(c, "start") or 0), _v(c, "marker") or ""))
    refs: dict[str, list[dict]] = defaultdict(list)
    for r in _rows(store, REFERENCES, {c["c"].value for c in citations}):
        refs[r["c"].value].append(r)
    works = {r["work"].value for rows in refs.values() for r in rows}
    titles, years = defaultdict(list), defaultdict(list)
    for r in _rows(store, TITLES, works):
        titles[r["work"].value].append(r["title"].value)
    for r in _rows(store, YEARS, works):
        years[r["work"].value].append(r["year"].value)
    for c in citations:
        start_end = (int(_v(c, "start") or 0), int(_v(c, "end") or 0))
        base = {"marker": _v(c, "marker") or "", "status": _v(c, "status") or "", "span": start_end}
        links = [
            Link(
                **base,
                reference=_v(r, "raw"),
                reference_span=(int(_v(r, "refStart")), int(_v(r, "refEnd"))),
                work=r["work"].value,
                work_title=title,
                year=year,
            )
            for r in refs.get(c["c"].value, [])
            for title in titles.get(r["work"].value) or [None]
            for year in years.get(r["work"].value) or [None]
        ]
        claims[c["claim"].value].citations.extend(links or [Link(**base)])
    for s in sorted(_rows(store, SOURCES, claims), key=lambda s: int(_v(s, "start"))):
        claims[s["claim"].value].data_sources.append(
            {"text": _v(s, "label"), "span": (int(_v(s, "start")), int(_v(s, "end")))}
        )
    quotes = defaultdict(set)
    for q in _rows(store, QUOTES, claims):
        quotes[q["claim"].value].add(_v(q, "name") or "")
    for t in out:
        t.quotes = sorted(quotes.get(t.claim, ()))
        first = claims[t.claim]
        if first is not t:  # the same claim again (another file of its document)
            t.section, t.citations, t.data_sources = first.section, first.citations, first.data_sources
    return out


def _rows(store: GraphStore, query: str, iris) -> list[dict]:
    """Rows of a detail query about a set of IRIs (written as a VALUES block; none: no rows)."""
    if not iris:
        return []
    return store.run(query % " ".join(str(NamedNode(i)) for i in sorted(iris))).rows


def format_trace(traces: list[Trace]) -> str:
    lines: list[str] = []
    for t in traces:
        function = f" · {t.function}" if t.function else ""
        lines.append(f"■ {t.kind}{function}  {t.id}  {t.file} [{t.span[0]}:{t.span[1]}]  {t.document}")
        if t.section:
            lines.append(f"  § {t.section}")
        lines.append(f"  “{t.text}”")
        for c in t.citations:
            lines.append(f"  ├─ {c.marker} [{c.span[0]}:{c.span[1]}] {c.status}")
            if c.reference:
                where = f" [{c.reference_span[0]}:{c.reference_span[1]}]" if c.reference_span else ""
                lines.append(f"  │   └─ {c.reference}{where}")
                lines.append(f"  │       └─ work: {c.work_title or '?'} ({c.year or 'n.d.'})")
        for d in t.data_sources:
            lines.append(f"  ├─ data source [{d['span'][0]}:{d['span'][1]}]: {d['text'][:80]}")
        if t.quotes:
            lines.append(f"  └─ quotes: {', '.join(t.quotes)}")
        lines.append("")
    lines.append(f"{len(traces)} claims")
    return "".join(printable(line) + "\n" for line in lines)  # document text: no control sequences
