"""References, cited works, in-text citations and data sources as SPAR / Web Annotation triples.

- each reference entry: `biro:BibliographicReference` with `c4o:hasContent` (the raw
  string), `biro:references` its work, and a text-position selector on the document;
- each work: a `fabio:*` expression with `dcterms:title`, `fabio:hasPublicationYear`,
  `dcterms:creator`; the document `cito:cites` it;
- each in-text citation: a `cito:Citation` (citing document → cited work) that is also a
  `c4o:InTextReferencePointer` (its marker, the references it `c4o:denotes`, and
  `c4o:hasContext` its sentence), both anchored by `oa:TextPositionSelector`s.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from npf_graph.models import DocumentRecord, Reference
from npf_graph.rdf.grams import add_grams
from npf_graph.rdf.namespaces import BIBO, BIRO, C4O, CITO, DCTERMS, DOCO, FABIO, FOAF, ID, PRISM, PROV, RDF, RDFS, npf
from npf_graph.rdf.terms import QuadSink, add_selector, iri, lang_of, lit, person_iri, url_term

WORK_CLASSES = {
    "J": "JournalArticle",
    "M": "Book",
    "C": "ConferencePaper",
    "D": "Thesis",
    "R": "Report",
    "N": "NewspaperArticle",
    "P": "PatentDocument",
    "S": "SpecificationDocument",
    "EB/OL": "WebContent",
    "DB": "Database",
    "DS": "Dataset",
    "CP": "ComputerProgram",
}


def work_iri(work_id: str) -> NamedNode:
    return NamedNode(f"{ID}work/{work_id.removeprefix('work-')}")


def add_work(out: QuadSink, ref: Reference) -> NamedNode:
    work = work_iri(ref.work_id or ref.id)
    out.add(work, RDF + "type", FABIO + WORK_CLASSES.get(ref.type or "", "Expression"))
    if ref.title:
        out.add(work, DCTERMS + "title", lit(ref.title, lang_of(ref.title)))
    else:  # an entry the conversion garbled past reading a title: the work is known by its string
        out.add(work, DCTERMS + "bibliographicCitation", lit(ref.raw, lang_of(ref.raw)))
    add_grams(out, work, ref.title or "", *ref.authors)
    if ref.year:
        out.add(work, FABIO + "hasPublicationYear", lit(str(ref.year)))
    if ref.authors:  # dcterms:creator for queries, bibo:authorList (an rdf:Seq) for the order
        seq = iri("authors", ref.work_id or ref.id, *ref.authors)
        out.add(work, BIBO + "authorList", seq)
        out.add(seq, RDF + "type", RDF + "Seq")
    for n, name in enumerate(ref.authors, 1):
        person = person_iri(name)
        out.add(work, DCTERMS + "creator", person)
        out.add(seq, f"{RDF}_{n}", person)
        out.add(person, RDF + "type", FOAF + "Person")
        out.add(person, FOAF + "name", lit(name, lang_of(name)))
    if ref.container:
        venue = iri("venue", ref.container)
        out.add(work, DCTERMS + "isPartOf", venue)
        out.add(venue, RDF + "type", FABIO + ("Journal" if ref.type == "J" else "Expression"))
        out.add(venue, DCTERMS + "title", lit(ref.container, lang_of(ref.container)))
    if ref.publisher:
        out.add(work, DCTERMS + "publisher", lit(ref.publisher, lang_of(ref.publisher)))
    if ref.place:
        out.add(work, PRISM + "location", lit(ref.place, lang_of(ref.place)))
    for value, prop in ((ref.volume, "volume"), (ref.issue, "issueIdentifier"), (ref.pages, "pageRange")):
        if value:
            out.add(work, PRISM + prop, lit(value))
    if ref.doi:
        out.add(work, DCTERMS + "identifier", lit(f"doi:{ref.doi}"))
    if ref.url:
        out.add(work, FOAF + "page", url_term(ref.url))
    return work


def bibliography_quads(out: QuadSink, doc: NamedNode, rec: DocumentRecord) -> None:
    ref_nodes: dict[str, NamedNode] = {}
    works: dict[str, NamedNode] = {}
    for ref in rec.references:
        node = iri("ref", rec.id, ref.id)
        ref_nodes[ref.id] = node
        work = add_work(out, ref)
        works[ref.id] = work
        out.add(node, RDF + "type", BIRO + "BibliographicReference")
        out.add(node, C4O + "hasContent", lit(ref.raw, lang_of(ref.raw)))
        out.add(node, BIRO + "references", work)
        out.add(node, DCTERMS + "isPartOf", doc)
        if ref.label:
            out.add(node, RDFS + "label", lit(ref.label))
        if ref.span:
            add_selector(out, node, doc, ref.span, rec.id)
        out.add(doc, CITO + "cites", work)
    for cite in rec.citations:
        node = iri("citation", rec.id, cite.id)
        sentence = iri("sentence", rec.id, *cite.sentence_span)
        out.add(node, RDF + "type", CITO + "Citation")
        out.add(node, RDF + "type", C4O + "InTextReferencePointer")
        out.add(node, C4O + "hasContent", lit(cite.marker))
        out.add(node, CITO + "hasCitingEntity", doc)
        out.add(node, CITO + "hasCitationCharacterization", CITO + "cites")
        out.add(node, npf("citationStatus"), lit(cite.status))
        out.add(node, C4O + "hasContext", sentence)
        add_selector(out, node, doc, cite.span, rec.id)
        out.add(sentence, RDF + "type", DOCO + "Sentence")
        out.add(sentence, RDF + "value", lit(cite.sentence, lang_of(cite.sentence)))
        add_selector(out, sentence, doc, cite.sentence_span, rec.id)
        for rid in cite.reference_ids:
            if rid in ref_nodes:
                out.add(node, C4O + "denotes", ref_nodes[rid])
                out.add(node, CITO + "hasCitedEntity", works[rid])
    for ds in rec.data_sources:
        node = iri("datasource", rec.id, ds.id)
        out.add(node, RDF + "type", npf("DataSource"))
        out.add(node, RDFS + "label", lit(ds.text, lang_of(ds.text)))
        out.add(node, DCTERMS + "isPartOf", doc)
        if ds.marker:
            out.add(node, C4O + "hasContent", lit(ds.marker))
        for org in ds.organizations:
            org_node = iri("org", org)
            out.add(org_node, RDF + "type", FOAF + "Organization")
            out.add(org_node, FOAF + "name", lit(org, lang_of(org)))
            out.add(node, PROV + "wasAttributedTo", org_node)
        for url in ds.urls:
            out.add(node, DCTERMS + "source", url_term(url))
        add_selector(out, node, doc, ds.span, rec.id)
