"""Run SPARQL against the store: prefixes declared, parameters bound as RDF terms, results formatted.

Parameters are substituted as terms by the query engine (SPARQL SEP-0007), never pasted into
the query text, so a value holding quotes, braces or SPARQL keywords cannot change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading

from pyoxigraph import BlankNode, Literal, NamedNode

from npf_graph.errors import QueryError
from npf_graph.rdf.grams import bind_grams
from npf_graph.sparqlguard import _code_only, refuse_service
from npf_graph.store import GraphStore, QueryResult
from npf_graph.terminal import printable

FORMATS = ("table", "csv", "tsv", "json", "jsonl")


LITERAL_SYNTAX = """A --param value is read as one RDF term:
  <http://…>              an IRI
  text@zh, text@en-GB     a literal in that language (a valid BCP 47 tag after the last @)
  "text"                  a plain literal, taken as it is (write "x@en" for the string x@en)
  "text"@zh               a literal in that language
  "2024"^^<http://www.w3.org/2001/XMLSchema#integer>   a typed literal
  anything else           a plain literal
Inside quotes, \\" is a quote and \\\\ a backslash."""

_LANG_RE = re.compile(r"(.*)@([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)", re.S)
_QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^<>"\s]+)>)?', re.S)


def term_for(value: str, name: str = "value") -> NamedNode | Literal:
    """A parameter value as an RDF term (see LITERAL_SYNTAX); QueryError when it is malformed."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return NamedNode(value[1:-1])
        if value.startswith('"'):
            m = _QUOTED_RE.fullmatch(value)
            if m is None:
                raise QueryError(f"--param {name}: malformed quoted literal {value!r}; see `npf-graph query --help`")
            text = re.sub(r"\\(.)", r"\1", m.group(1), flags=re.S)
            if m.group(2):
                return Literal(text, language=m.group(2))
            return Literal(text, datatype=NamedNode(m.group(3))) if m.group(3) else Literal(text)
        m = _LANG_RE.fullmatch(value)
        if m:
            return Literal(m.group(1), language=m.group(2))
    except ValueError as exc:
        raise QueryError(f"--param {name}: bad term {value!r}: {exc}") from None
    return Literal(value)


_VAR_RE = re.compile(r"[?$](\w+)")


def query_variables(sparql: str) -> set[str]:
    return set(_VAR_RE.findall(_code_only(sparql)))


def run_query(
    store: GraphStore,
    sparql: str,
    params: dict[str, str] | None = None,
    timeout: float | None = None,
    max_rows: int | None = None,
) -> QueryResult:
    """Run `sparql` with `params` bound as terms; unknown parameter names and SERVICE are refused.

    Past `timeout` seconds a QueryError is raised and the query is abandoned on a daemon
    thread: a command-line process then exits, which ends it (`serve` kills its worker)."""
    refuse_service(sparql)
    params = params or {}
    unknown = sorted(set(params) - query_variables(sparql))
    if unknown:
        known = ", ".join(sorted(query_variables(sparql))) or "none"
        raise QueryError(f"unknown parameter {', '.join(unknown)}; the query's variables are: {known}")
    terms = {k: term_for(v, k) for k, v in params.items()}
    sparql, terms = bind_grams(sparql, terms, query_variables(sparql))  # the lookup index (rdf/grams.py)
    if timeout is None:
        return store.run(sparql, terms, max_rows=max_rows)
    box: list[QueryResult | BaseException] = []

    def work() -> None:
        try:
            box.append(store.run(sparql, terms, max_rows=max_rows))
        except BaseException as exc:  # handed to the caller's thread
            box.append(exc)

    worker = threading.Thread(target=work, name="npf-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if not box:
        raise QueryError(f"the query ran past the {timeout:g}-second timeout (--timeout) and was abandoned")
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


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
    from rich.text import Text

    table = Table(show_lines=False, highlight=False)
    for v in res.variables:
        table.add_column(v, overflow="fold")
    for row in res.rows:
        table.add_row(*[Text(printable(_plain(row[v]))) if v in row else "" for v in res.variables])  # no markup
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(table)
    console.print(f"{len(res.rows)} rows")
    return console.export_text()
