"""Deterministic IRIs and small term helpers over pyoxigraph."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from npf_graph.document import stable_id
from npf_graph.models import Span
from npf_graph.rdf.namespaces import ID, OA, RDF, XSD

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


def person_iri(name: str) -> NamedNode:
    """A person by name, shared by every document that names them."""
    return iri("person", name)


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


_IRI_SAFE = "/:?#@!$&'()*+,;=%~-._"  # what stays as it is when part of a URL is percent-encoded


def web_iri(url: str) -> NamedNode | None:
    """A URL printed in a document as an IRI: as it is when it is a valid http(s) IRI, else with
    the offending characters of its path, query and fragment percent-encoded (spaces, brackets,
    quotes, control characters); None when the scheme or host is no good."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or "," in parts.netloc:
        return None
    path, query, fragment = (quote(x, safe=_IRI_SAFE.replace("#", "")) for x in parts[2:])
    candidates = (url, urlunsplit((parts.scheme, parts.netloc, path, query, fragment)))
    for candidate in candidates:
        try:
            return NamedNode(candidate)
        except ValueError:
            continue
    return None


def url_term(url: str) -> NamedNode | Literal:
    """A URL as an IRI where it can be one, else as a plain literal (never an invalid IRI)."""
    return web_iri(url) or Literal(url)


class QuadSink:
    """Collects quads for one named graph."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, s: NamedNode | BlankNode, p: str, o: Term | str) -> None:
        obj = NamedNode(o) if isinstance(o, str) else o
        self.quads.append(Quad(s, NamedNode(p), obj, self.graph))


def lang_of(text: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


def add_selector(
    out: QuadSink, target: NamedNode, doc: NamedNode, span: Span, key: str, exact: str | None = None
) -> None:
    """`target` a oa:SpecificResource on `doc`, selected by a TextPositionSelector over `span`
    (and a TextQuoteSelector holding `exact`, the text as extracted, when given)."""
    selector = iri("selector", key, span[0], span[1])
    out.add(target, RDF + "type", OA + "SpecificResource")
    out.add(target, OA + "hasSource", doc)
    out.add(target, OA + "hasSelector", selector)
    out.add(selector, RDF + "type", OA + "TextPositionSelector")
    out.add(selector, OA + "start", lit(span[0]))
    out.add(selector, OA + "end", lit(span[1]))
    if exact:
        quote = iri("quote", key, span[0], span[1])
        out.add(target, OA + "hasSelector", quote)
        out.add(quote, RDF + "type", OA + "TextQuoteSelector")
        out.add(quote, OA + "exact", lit(exact))
