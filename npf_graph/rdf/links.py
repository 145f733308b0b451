"""The cross-document graph: corpus-internal citations, cited works that are corpus documents,
comparable statistics, and the pairs of works most often cited together (`npf:CoCitation`)."""

from __future__ import annotations

from collections.abc import Sequence

from pyoxigraph import NamedNode, Quad

from npf_graph.link.corpus import corpus_links
from npf_graph.link.pairs import cocited_pairs
from npf_graph.link.statistics import compare_statistics
from npf_graph.models import DocumentRecord
from npf_graph.rdf.bibliography import work_iri
from npf_graph.rdf.namespaces import CITO, LINKS_GRAPH, OWL, RDF, npf
from npf_graph.rdf.terms import QuadSink, doc_iri, iri, lit


def links_quads(records: Sequence[DocumentRecord]) -> list[Quad]:
    out = QuadSink(NamedNode(LINKS_GRAPH))
    for link in corpus_links(records):
        out.add(doc_iri(link.citing), CITO + "cites", doc_iri(link.cited))
        if link.work_id:
            out.add(work_iri(link.work_id), OWL + "sameAs", doc_iri(link.cited))
    for cmp in compare_statistics(records):
        a = iri("statistic", cmp.a[0], cmp.a[1].id)
        b = iri("statistic", cmp.b[0], cmp.b[1].id)
        prop = npf("conflictsWith") if cmp.conflict else npf("comparesWith")
        out.add(a, prop, b)
        out.add(b, prop, a)
    for a, b, n in cocited_pairs(records):
        pair = iri("cocitation", a, b)
        out.add(pair, RDF + "type", npf("CoCitation"))
        out.add(pair, npf("firstWork"), work_iri(a))
        out.add(pair, npf("secondWork"), work_iri(b))
        out.add(pair, npf("documentCount"), lit(n))
    return out.quads
