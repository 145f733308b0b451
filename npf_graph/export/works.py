"""Cited works for reference managers: BibTeX, CSL-JSON and RIS (what Zotero imports).

The works are read from the store with SPARQL, so every document that cites a work
contributes what it knows (title, authors, year, container, pages …)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from npf_graph.store import GraphStore

WORKS_QUERY = """
SELECT ?work ?type ?title ?year ?container ?publisher ?place ?volume ?issue ?pages ?id ?page
       (COUNT(DISTINCT ?doc) AS ?citedBy)
WHERE {
  ?doc npf:docType ?docType ; cito:cites ?work .
  ?work a ?type ; dcterms:title ?title .
  FILTER(STRSTARTS(STR(?type), STR(fabio:)))
  OPTIONAL { ?work fabio:hasPublicationYear ?year }
  OPTIONAL { ?work dcterms:isPartOf/dcterms:title ?container }
  OPTIONAL { ?work dcterms:publisher ?publisher }
  OPTIONAL { ?work prism:location ?place }
  OPTIONAL { ?work prism:volume ?volume }
  OPTIONAL { ?work prism:issueIdentifier ?issue }
  OPTIONAL { ?work prism:pageRange ?pages }
  OPTIONAL { ?work dcterms:identifier ?id }
  OPTIONAL { ?work foaf:page ?page }
}
GROUP BY ?work ?type ?title ?year ?container ?publisher ?place ?volume ?issue ?pages ?id ?page
ORDER BY ?work
"""
AUTHORS_QUERY = """
SELECT DISTINCT ?work ?slot ?name WHERE {
  ?doc cito:cites ?work . ?work bibo:authorList ?list . ?list ?slot ?person . ?person foaf:name ?name .
  FILTER(STRSTARTS(STR(?slot), STR(rdf:_)))
}"""

CSL_TYPES = {
    "JournalArticle": "article-journal", "Book": "book", "ConferencePaper": "paper-conference",
    "Thesis": "thesis", "Report": "report", "NewspaperArticle": "article-newspaper", "PatentDocument": "patent",
    "SpecificationDocument": "standard", "WebContent": "webpage", "Dataset": "dataset", "Database": "dataset",
    "ComputerProgram": "software",
}  # fmt: skip
BIBTEX_TYPES = {"article-journal": "article", "book": "book", "paper-conference": "inproceedings",
                "thesis": "phdthesis", "report": "techreport", "article-newspaper": "article"}  # fmt: skip
RIS_TYPES = {"article-journal": "JOUR", "book": "BOOK", "paper-conference": "CPAPER", "thesis": "THES",
             "report": "RPRT", "article-newspaper": "NEWS", "patent": "PAT", "standard": "STAND",
             "webpage": "ELEC", "dataset": "DATA", "software": "COMP"}  # fmt: skip


@dataclass
class Work:
    id: str
    type: str
    title: str
    authors: list[str] = field(default_factory=list)
    year: str | None = None
    container: str | None = None
    publisher: str | None = None
    place: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    url: str | None = None
    cited_by: int = 0


def _authors(store: GraphStore) -> dict[str, list[str]]:
    slots: dict[str, dict[int, str]] = {}
    for row in store.select(AUTHORS_QUERY):
        n = int(row["slot"].rsplit("_", 1)[-1])
        slots.setdefault(row["work"].rsplit("/", 1)[-1], {}).setdefault(n, row["name"])
    return {work: [names[n] for n in sorted(names)] for work, names in slots.items()}


def cited_works(store: GraphStore) -> list[Work]:
    works: dict[str, Work] = {}
    authors = _authors(store)
    for row in store.select(WORKS_QUERY):
        key = row["work"].rsplit("/", 1)[-1]
        kind = CSL_TYPES.get(row["type"].rsplit("/", 1)[-1], "document")
        if key in works and works[key].type != "document":
            continue
        ident = row.get("id", "")
        works[key] = Work(
            id=key,
            type=kind,
            title=row["title"],
            authors=authors.get(key, []),
            year=row.get("year"),
            container=row.get("container"),
            publisher=row.get("publisher"),
            place=row.get("place"),
            volume=row.get("volume"),
            issue=row.get("issue"),
            pages=row.get("pages"),
            doi=ident[4:] if ident.startswith("doi:") else None,
            url=row.get("page"),
            cited_by=int(row.get("citedBy", "0")),
        )
    return list(works.values())


def _split_name(name: str) -> dict[str, str]:
    if re.search(r"[\u4e00-\u9fff]", name) or "," not in name:
        return {"literal": name}
    family, given = name.split(",", 1)
    return {"family": family.strip(), "given": given.strip()}


def to_csl_json(works: list[Work]) -> str:
    items = []
    for w in works:
        item: dict[str, object] = {"id": w.id, "type": w.type, "title": w.title}
        if w.authors:
            item["author"] = [_split_name(a) for a in w.authors]
        if w.year and w.year.isdigit():
            item["issued"] = {"date-parts": [[int(w.year)]]}
        for key, value in (("container-title", w.container), ("publisher", w.publisher),
                           ("publisher-place", w.place), ("volume", w.volume), ("issue", w.issue),
                           ("page", w.pages), ("DOI", w.doi), ("URL", w.url)):  # fmt: skip
            if value:
                item[key] = value
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([{}&%$#_])", r"\\\1", text)


def to_bibtex(works: list[Work]) -> str:
    out = []
    for w in works:
        entry = BIBTEX_TYPES.get(w.type, "misc")
        fields = [("title", w.title), ("author", " and ".join(w.authors) if w.authors else None), ("year", w.year),
                  ("journal" if entry == "article" else "booktitle" if entry == "inproceedings" else "howpublished",
                   w.container), ("publisher", w.publisher), ("address", w.place), ("volume", w.volume),
                  ("number", w.issue), ("pages", w.pages.replace("-", "--") if w.pages else None), ("doi", w.doi),
                  ("url", w.url)]  # fmt: skip
        body = ",\n".join(f"  {k} = {{{_bibtex_escape(v)}}}" for k, v in fields if v)
        out.append(f"@{entry}{{{w.id},\n{body}\n}}\n")
    return "\n".join(out)


def to_ris(works: list[Work]) -> str:
    out = []
    for w in works:
        lines = [f"TY  - {RIS_TYPES.get(w.type, 'GEN')}", f"ID  - {w.id}", f"TI  - {w.title}"]
        lines += [f"AU  - {a}" for a in w.authors]
        for tag, value in (("PY", w.year), ("T2", w.container), ("PB", w.publisher), ("CY", w.place),
                           ("VL", w.volume), ("IS", w.issue), ("DO", w.doi), ("UR", w.url)):  # fmt: skip
            if value:
                lines.append(f"{tag}  - {value}")
        if w.pages:
            first, _, last = w.pages.partition("-")
            lines.append(f"SP  - {first}")
            if last:
                lines.append(f"EP  - {last}")
        lines.append("ER  - ")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


FORMATS = {"bibtex": to_bibtex, "csl-json": to_csl_json, "ris": to_ris}
