"""Run SPARQL against the store: prefixes declared, parameters bound as RDF terms, results formatted.

Parameters are substituted as terms by the query engine (SPARQL SEP-0007), never pasted into
the query text, so a value holding quotes, braces or SPARQL keywords cannot change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re

from pyoxigraph import BlankNode, Literal, NamedNode

from npf_graph.errors import QueryError
from npf_graph.store import GraphStore, QueryResult

FORMATS = ("table", "csv", "tsv", "json", "jsonl")


def term_for(value: str) -> NamedNode | Literal:
    """A parameter value as an RDF term: `<iri>` is an IRI, `text@zh` a literal in that
    language, anything else a plain literal."""
    if value.startswith("<") and value.endswith(">"):
        try:
            return NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"bad IRI in parameter: {value}") from exc
    m = re.fullmatch(r"(.*)@([a-z]{2,3}(?:-[A-Za-z0-9]+)*)", value, re.S)
    if m:
        return Literal(m.group(1), language=m.group(2))
    return Literal(value)


def run_query(store: GraphStore, sparql: str, params: dict[str, str] | None = None) -> QueryResult:
    return store.run(sparql, {k: term_for(v) for k, v in (params or {}).items()})


def _plain(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


def results_json(res: QueryResult) -> dict:
    """The W3C SPARQL 1.1 Query Results JSON format."""
    if res.boolean is not None:
        return {"head": {}, "boolean": res.boolean}

    def binding(term) -> dict:
        if isinstance(term, NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, BlankNode):
            return {"type": "bnode", "value": term.value}
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out

    return {
        "head": {"vars": res.variables},
        "results": {"bindings": [{k: binding(v) for k, v in row.items()} for row in res.rows]},
    }


def format_result(res: QueryResult, fmt: str) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if res.triples is not None:
        return "".join(f"{s} {p} {o} .\n" for s, p, o in res.triples)
    if fmt == "json":
        return json.dumps(results_json(res), ensure_ascii=False, indent=2) + "\n"
    if res.boolean is not None:
        return ("true" if res.boolean else "false") + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps({k: _plain(v) for k, v in r.items()}, ensure_ascii=False) + "\n" for r in res.rows)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(res.variables)
        for row in res.rows:
            writer.writerow([_plain(row[v]) if v in row else "" for v in res.variables])
        return buf.getvalue()
    return _table(res)


def _table(res: QueryResult) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for v in res.variables:
        table.add_column(v, overflow="fold")
    for row in res.rows:
        table.add_row(*[_plain(row[v]) if v in row else "" for v in res.variables])
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(table)
    console.print(f"{len(res.rows)} rows")
    return console.export_text()
