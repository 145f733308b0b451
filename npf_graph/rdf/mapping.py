"""Map a DocumentRecord to quads in the document's own named graph."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from npf_graph.models import DocumentRecord
from npf_graph.rdf.bibliography import bibliography_quads
from npf_graph.rdf.claims import claims_quads
from npf_graph.rdf.namespaces import BIBO, DCTERMS, DOCO, FABIO, FOAF, FRAPO, OA, PRISM, PROV, RDF, RDFS, XSD, npf
from npf_graph.rdf.terms import QuadSink, add_selector, doc_iri, graph_iri, iri, lang_of, lit, person_iri

DOC_CLASSES = {
    "journal_article": FABIO + "JournalArticle",
    "working_paper": FABIO + "WorkingPaper",
    "think_tank_commentary": FABIO + "Comment",
    "news_article": FABIO + "NewsItem",
    "report": FABIO + "Report",
    "other": FABIO + "Expression",
}


def record_quads(rec: DocumentRecord, generated_at: str) -> list[Quad]:
    doc = doc_iri(rec.id)
    out = QuadSink(graph_iri(rec.id))
    out.add(doc, RDF + "type", DOC_CLASSES.get(rec.doc_type, FABIO + "Expression"))
    out.add(doc, npf("docType"), lit(rec.doc_type))
    out.add(doc, RDFS + "label", lit(rec.title or rec.title_en or rec.source.name, lang_of(rec.title or "x")))
    if rec.title:
        out.add(doc, DCTERMS + "title", lit(rec.title, lang_of(rec.title)))
    if rec.title_en:
        out.add(doc, DCTERMS + "title", lit(rec.title_en, "en"))
    if rec.subtitle:
        out.add(doc, FABIO + "hasSubtitle", lit(rec.subtitle, lang_of(rec.subtitle)))
    if rec.year:
        out.add(doc, FABIO + "hasPublicationYear", lit(str(rec.year)))
    if rec.venue:
        venue = iri("venue", rec.venue)
        out.add(doc, DCTERMS + "isPartOf", venue)
        out.add(venue, RDF + "type", FABIO + "Journal")
        out.add(venue, DCTERMS + "title", lit(rec.venue, lang_of(rec.venue)))
    for field, prop in (("issue", PRISM + "issueIdentifier"), ("volume", PRISM + "volume")):
        value = getattr(rec, field)
        if value:
            out.add(doc, prop, lit(value))
    if rec.doi:
        out.add(doc, PRISM + "doi", lit(rec.doi))
    for code in rec.clc:  # Chinese Library Classification
        out.add(doc, DCTERMS + "subject", lit(code))
    if rec.abstract:
        out.add(doc, DCTERMS + "abstract", lit(rec.abstract, "zh"))
    if rec.abstract_en:
        out.add(doc, DCTERMS + "abstract", lit(rec.abstract_en, "en"))
    for kw in rec.keywords:
        out.add(doc, PRISM + "keyword", lit(kw, lang_of(kw)))
    for kw in rec.keywords_en:
        out.add(doc, PRISM + "keyword", lit(kw, "en"))
    _authors(out, doc, rec)
    for f in rec.funding:
        grant = iri("grant", f.grant_id or f.text)
        out.add(doc, FRAPO + "isOutputOf", grant)
        out.add(grant, RDF + "type", FRAPO + "Grant")
        out.add(grant, RDFS + "label", lit(f.text, lang_of(f.text)))
        if f.grant_id:
            out.add(grant, FRAPO + "hasGrantNumber", lit(f.grant_id))
    for part in rec.parts:
        node = iri("part", rec.id, part.id)
        out.add(node, RDF + "type", FABIO + "Comment")
        out.add(node, DCTERMS + "isPartOf", doc)
        out.add(node, DCTERMS + "title", lit(part.title, lang_of(part.title)))
        for name in part.authors:
            out.add(node, DCTERMS + "creator", person_iri(name))
    for sec in rec.sections:
        node = iri("section", rec.id, sec.id)
        out.add(node, RDF + "type", DOCO + "Section")
        out.add(node, DCTERMS + "isPartOf", doc)
        out.add(node, DCTERMS + "title", lit(sec.title, lang_of(sec.title)))
        out.add(node, npf("headingLevel"), lit(sec.level))
        add_selector(out, node, doc, sec.span, rec.id)
    bibliography_quads(out, doc, rec)
    claims_quads(out, doc, rec)
    _concepts(out, doc, rec)
    _provenance(out, doc, rec, generated_at)
    return out.quads


def _authors(out: QuadSink, doc: NamedNode, rec: DocumentRecord) -> None:
    seq = iri("authors", rec.id) if rec.authors else None
    if seq is not None:  # dcterms:creator for queries, bibo:authorList (an rdf:Seq) for the order
        out.add(doc, BIBO + "authorList", seq)
        out.add(seq, RDF + "type", RDF + "Seq")
    for n, a in enumerate(rec.authors, 1):
        name = a.name or a.name_en or a.id
        person = person_iri(name)
        out.add(doc, DCTERMS + "creator", person)
        if seq is not None:
            out.add(seq, f"{RDF}_{n}", person)
        out.add(person, RDF + "type", FOAF + ("Group" if a.role == "group" else "Person"))  # an expert panel
        if a.name:
            out.add(person, FOAF + "name", lit(a.name, "zh"))
        if a.name_en:
            out.add(person, FOAF + "name", lit(a.name_en, "en"))
        if a.email:
            out.add(person, FOAF + "mbox", NamedNode(f"mailto:{a.email}"))
        for aff in a.affiliations:
            org = iri("org", aff)
            out.add(org, RDF + "type", npf("Affiliation"))
            out.add(org, FOAF + "name", lit(aff, lang_of(aff)))
            out.add(org, FOAF + "member", person)


def _concepts(out: QuadSink, doc: NamedNode, rec: DocumentRecord) -> None:
    for m in rec.concepts:
        concept = NamedNode(m.concept)
        out.add(doc, npf("mentionsConcept"), concept)
        if m.count >= 2:
            out.add(doc, DCTERMS + "subject", concept)
        for span in m.spans:
            anno = iri("mention", rec.id, m.concept, span[0])
            target = iri("target", rec.id, span[0], span[1])
            out.add(anno, RDF + "type", npf("ConceptMention"))
            out.add(anno, RDF + "type", OA + "Annotation")
            out.add(anno, OA + "motivatedBy", OA + "identifying")
            out.add(anno, OA + "hasBody", concept)
            out.add(anno, OA + "hasTarget", target)
            add_selector(out, target, doc, span, rec.id)


def _provenance(out: QuadSink, doc: NamedNode, rec: DocumentRecord, generated_at: str) -> None:
    src = rec.source
    file_node = iri("file", src.sha256)
    activity = iri("extraction", src.sha256, rec.tool_version)
    out.add(doc, RDF + "type", PROV + "Entity")
    out.add(doc, PROV + "wasDerivedFrom", file_node)
    out.add(doc, PROV + "wasGeneratedBy", activity)
    out.add(doc, npf("sentenceCount"), lit(rec.sentence_count))
    for copy in [src, *rec.copies]:  # every file holding this text; copies are alternates of the first
        node = iri("file", copy.sha256)
        if node != file_node:
            out.add(node, PROV + "alternateOf", file_node)
        out.add(node, RDF + "type", npf("SourceFile"))
        out.add(node, npf("fileName"), lit(copy.name))
        out.add(node, npf("sha256"), lit(copy.sha256))
        out.add(node, npf("encoding"), lit(copy.encoding))
        out.add(node, DCTERMS + "format", lit(copy.media_type))
    out.add(activity, RDF + "type", npf("Extraction"))
    out.add(activity, PROV + "used", file_node)
    out.add(activity, npf("toolVersion"), lit(rec.tool_version))
    out.add(activity, PROV + "endedAtTime", Literal(generated_at, datatype=NamedNode(XSD + "dateTime")))
    for w in rec.warnings:
        out.add(doc, npf("warning"), lit(f"{w.code}: {w.message}"))
