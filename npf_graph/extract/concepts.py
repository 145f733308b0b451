"""Concept mentions, found through the ontology's labels on the matching shadow of the text."""

from __future__ import annotations

from npf_graph.document import Doc
from npf_graph.models import ConceptMention
from npf_graph.ontology import concept_index


def extract_concepts(doc: Doc) -> Doc:
    idx = concept_index()
    found: dict[str, list[tuple[int, int]]] = {}
    ref_list = doc.notes.get("reference_list")
    skip = ref_list if isinstance(ref_list, tuple) and ref_list[0] is not None else (-1, -1)
    for iri, start, end in idx.find(doc.folded):
        if skip[0] <= start < (skip[1] or len(doc.text)):
            continue  # the titles a document cites are not what it discusses
        found.setdefault(iri, []).append(doc.span(start, end))
    mentions = [
        ConceptMention(concept=iri, label=idx.concepts[iri].label_zh, count=len(spans), spans=spans)
        for iri, spans in found.items()
    ]
    mentions.sort(key=lambda m: (-m.count, m.label))
    doc.record.concepts = mentions
    return doc
