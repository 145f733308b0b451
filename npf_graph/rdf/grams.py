"""Lookup grams: the two-character pieces of a work's lower-cased title and creators' names.

A title containing a needle contains the needle's first and last two characters, so a lookup
by part of a title (`claims-citing-work`, `citations-of-work`, `documents-citing-work`,
`trace --work`) joins on those two grams through the store's index and compares whole titles
only for the few works that hold both (`CONTAINS` still decides), instead of scanning every
title of every document graph."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from npf_graph.rdf.namespaces import npf

SUFFIXES = ("Gram1", "Gram2")  # ?<param>Gram1, ?<param>Gram2: bound from the parameter by run_query


def grams(text: str) -> set[str]:
    low = text.lower()
    return {low[i : i + 2] for i in range(len(low) - 1)}


def add_grams(out, node: NamedNode, *texts: str) -> None:
    """`node npf:lookupGram "xy"` for every gram of `texts`."""
    found: set[str] = set()
    for text in texts:
        found |= grams(text)
    for g in sorted(found):
        out.add(node, npf("lookupGram"), Literal(g))


def needle_grams(needle: str) -> tuple[str, str] | None:
    """The first and last gram of a needle; None when it is shorter than two characters."""
    low = needle.lower()
    return (low[:2], low[-2:]) if len(low) >= 2 else None


def bind_grams(sparql: str, terms: dict, variables: set[str]) -> tuple[str, dict]:
    """Bind ?<name>Gram1/2 to the first and last gram of parameter <name> where the query uses
    them; without the parameter, or with a needle too short for a gram, the lines that use them
    are dropped (every title is read, as before the index)."""
    terms = dict(terms)
    unbound = []
    for var in sorted(variables):
        base = var.removesuffix(SUFFIXES[0])
        names = [base + s for s in SUFFIXES]
        if base == var or names[1] not in variables or any(n in terms for n in names):
            continue
        term = terms.get(base)
        pair = needle_grams(getattr(term, "value", str(term))) if term is not None else None
        if pair is None:
            unbound += names
        else:
            terms |= {names[0]: Literal(pair[0]), names[1]: Literal(pair[1])}
    if unbound:
        sparql = "\n".join(line for line in sparql.splitlines() if not any(f"?{n}" in line for n in unbound))
    return sparql, terms
