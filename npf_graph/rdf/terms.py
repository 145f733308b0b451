"""Deterministic IRIs and small term helpers over pyoxigraph."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from npf_graph.document import stable_id
from npf_graph.rdf.namespaces import ID, XSD

Term = NamedNode | BlankNode | Literal


def iri(kind: str, *key: object) -> NamedNode:
    """An IRI that depends only on the kind and the key (content hash, name, span)."""
    return NamedNode(f"{ID}{kind}/{stable_id(kind, *key)}")


def doc_iri(record_id: str) -> NamedNode:
    """The document's IRI, from its record id (a hash of its decoded text)."""
    return NamedNode(f"{ID}doc/{record_id.removeprefix('doc-')}")


def graph_iri(record_id: str) -> NamedNode:
    """The document's named graph."""
    return NamedNode(f"{ID}graph/{record_id.removeprefix('doc-')}")


def lit(value: object, lang: str | None = None) -> Literal:
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "double"))
    if lang:
        return Literal(str(value), language=lang)
    return Literal(str(value))


class QuadSink:
    """Collects quads for one named graph."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, s: NamedNode | BlankNode, p: str, o: Term | str) -> None:
        obj = NamedNode(o) if isinstance(o, str) else o
        self.quads.append(Quad(s, NamedNode(p), obj, self.graph))
