"""Trace claims to their sources: claim → citation marker → reference entry → cited work,
with the data sources and the people or works the claim quotes, each with its document,
section, sentence and character offsets in the source file."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from npf_graph.errors import NpfError
from npf_graph.query import run_query
from npf_graph.store import GraphStore
from npf_graph.terminal import printable

CLAIMS = """
SELECT DISTINCT ?claim ?id ?kind ?text ?start ?end ?doc ?docTitle ?file ?section ?function ?needle WHERE {
  ?claim a npf:Claim ; npf:kind ?kind ; rdf:value ?text ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?doc rdfs:label ?docTitle ; prov:wasDerivedFrom/npf:fileName ?file .
  OPTIONAL { ?claim dcterms:identifier ?id }
  OPTIONAL { ?claim dcterms:isPartOf/dcterms:title ?section }
  OPTIONAL { ?claim ?function ?cited . FILTER(?function IN (%s)) }
  %s
}
ORDER BY ?file ?start
LIMIT %d
"""
FILTERS = {
    "concept": """?c skos:prefLabel|skos:altLabel|skos:hiddenLabel ?needle . ?claim dcterms:subject ?c .""",
    "work": """?claim cito:cites ?w .
               { ?w dcterms:title ?hay } UNION { ?w dcterms:creator/foaf:name ?hay }
               UNION { ?w fabio:hasPublicationYear ?y . BIND(STR(?y) AS ?hay) }
               FILTER(IF(BOUND(?y), STR(?y) = STR(?needle), CONTAINS(LCASE(STR(?hay)), LCASE(STR(?needle)))))""",
    "claim": """FILTER(STR(?id) = STR(?needle) || STRENDS(STR(?claim), STR(?needle)))""",
    "text": """FILTER(CONTAINS(STR(?text), STR(?needle)))""",
}
FUNCTIONS = ("citesForInformation", "citesAsAuthority", "citesAsDataSource", "disagreesWith")
"""The CiTO functions the claim extractor gives a citing sentence (besides plain cito:cites)."""
CITATIONS = """
SELECT ?claim ?marker ?status ?start ?end ?raw ?refStart ?refEnd ?work ?title ?year WHERE {
  ?claim npf:hasCitation ?c .
  ?c c4o:hasContent ?marker ; npf:citationStatus ?status ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL {
    ?c c4o:denotes ?ref . ?ref c4o:hasContent ?raw ; biro:references ?work ; oa:hasSelector ?rsel .
    ?rsel a oa:TextPositionSelector ; oa:start ?refStart ; oa:end ?refEnd .
    OPTIONAL { ?work dcterms:title ?title } OPTIONAL { ?work fabio:hasPublicationYear ?year }
  }
}
ORDER BY ?start
"""
SOURCES = """
SELECT ?claim ?label ?start ?end WHERE {
  ?claim cito:citesAsDataSource ?d . ?d rdfs:label ?label ; oa:hasSelector ?sel .
  ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
}"""
QUOTES = """
SELECT ?claim ?name WHERE {
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


def trace(store: GraphStore, by: str, needle: str, limit: int = 100) -> list[Trace]:
    if by not in FILTERS:
        raise NpfError(f"trace by one of {', '.join(FILTERS)}")
    query = CLAIMS % (", ".join(f"cito:{f}" for f in FUNCTIONS), FILTERS[by], limit)
    out = []
    for row in run_query(store, query, {"needle": needle}).rows:
        claim = row["claim"]
        t = Trace(
            claim=claim.value,
            id=_v(row, "id") or claim.value.rsplit("/", 1)[-1],
            kind=_v(row, "kind") or "",
            text=_v(row, "text") or "",
            span=(int(_v(row, "start") or 0), int(_v(row, "end") or 0)),
            document=_v(row, "docTitle") or "",
            file=_v(row, "file") or "",
            section=_v(row, "section"),
            function=(_v(row, "function") or "").rsplit("/", 1)[-1] or None,
        )
        for c in _rows(store, CITATIONS, claim):
            t.citations.append(
                Link(
                    marker=_v(c, "marker") or "",
                    status=_v(c, "status") or "",
                    span=(int(_v(c, "start") or 0), int(_v(c, "end") or 0)),
                    reference=_v(c, "raw"),
                    reference_span=(int(_v(c, "refStart")), int(_v(c, "refEnd"))) if "refStart" in c else None,
                    work=_v(c, "work"),
                    work_title=_v(c, "title"),
                    year=_v(c, "year"),
                )
            )
        for s in _rows(store, SOURCES, claim):
            t.data_sources.append({"text": _v(s, "label"), "span": (int(_v(s, "start")), int(_v(s, "end")))})
        t.quotes = sorted({_v(q, "name") or "" for q in _rows(store, QUOTES, claim)})
        out.append(t)
    return out


def _rows(store: GraphStore, query: str, claim) -> list[dict]:
    """Rows of a detail query about one claim (bound as an IRI term)."""
    return run_query(store, query, {"claim": f"<{claim.value}>"}).rows


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
