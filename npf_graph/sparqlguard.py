"""Checks on SPARQL text before it runs: no federated query (SERVICE) ever leaves this machine.

The check reads the query as tokens, so the word inside a string, an IRI, a comment or a
prefixed name (`ex:service`) does not count; only the keyword does."""

from __future__ import annotations

import re

from npf_graph.errors import QueryError

# strings (long and short, both quotes), IRIs and comments: the parts that are not SPARQL code
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.S,
)
_SERVICE = re.compile(r"(?<![\w:$?-])SERVICE(?![\w:-])", re.I)


def _code_only(sparql: str) -> str:
    """`sparql` with its strings, IRIs and comments blanked out."""
    return _NOT_CODE.sub(" ", sparql)


def refuse_service(sparql: str) -> None:
    """QueryError when the query (or update) holds a SERVICE clause."""
    if _SERVICE.search(_code_only(sparql)):
        raise QueryError("SERVICE (federated query) is refused: npf-graph never sends queries to other servers")
