"""Claims and statistics as triples.

A claim is an `npf:Claim` (its kind, the sentence as `rdf:value`, its record id as
`dcterms:identifier`, `prov:wasDerivedFrom` the document) that `cito:cites` the works its
citations point at (always, so plain queries find them) and also the finer CiTO property
where the wording shows the function;
`cito:citesAsDataSource` its footnoted data sources; `cito:includesQuotationFrom` the
people and 《works》 it quotes; `dcterms:subject` its concepts. A statistic is an
`npf:Statistic` with `rdf:value` as printed, its unit, normalised value and unit,
measure, period (`dcterms:temporal`), place (`dcterms:spatial`) and source; it is
`dcterms:isPartOf` the claim whose sentence states it. Both carry text selectors.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from npf_graph.link.works import fold
from npf_graph.models import DocumentRecord
from npf_graph.rdf.bibliography import work_iri
from npf_graph.rdf.grams import add_grams
from npf_graph.rdf.namespaces import CITO, DCTERMS, FABIO, FOAF, PROV, RDF, npf
from npf_graph.rdf.terms import QuadSink, add_selector, iri, lang_of, lit, person_iri


def _quoted(out: QuadSink, name: str, works_by_title: dict[str, str]) -> NamedNode:
    """A person, or a work named in 《》 (the listed work when a reference has that title)."""
    if name.startswith("《"):
        title = name.strip("《》")
        known = works_by_title.get(fold(title))
        node = work_iri(known) if known else iri("work", fold(title))
        out.add(node, RDF + "type", FABIO + "Expression")
        out.add(node, DCTERMS + "title", lit(title, lang_of(title)))
        add_grams(out, node, title)
        return node
    person = person_iri(name)
    out.add(person, RDF + "type", FOAF + "Person")
    out.add(person, FOAF + "name", lit(name, lang_of(name)))
    return person


def claims_quads(out: QuadSink, doc: NamedNode, rec: DocumentRecord) -> None:
    works_of_ref = {r.id: r.work_id for r in rec.references if r.work_id}
    cites = {c.id: [works_of_ref[i] for i in c.reference_ids if i in works_of_ref] for c in rec.citations}
    works_by_title = {fold(r.title): r.work_id for r in rec.references if r.title and r.work_id}
    claim_of_stat: dict[str, NamedNode] = {}
    for claim in rec.claims:
        node = iri("claim", rec.id, claim.id)
        out.add(node, RDF + "type", npf("Claim"))
        out.add(node, npf("kind"), lit(claim.kind))
        out.add(node, DCTERMS + "identifier", lit(claim.id))  # the id `extract` prints, for `trace --claim`
        out.add(node, RDF + "value", lit(claim.text, lang_of(claim.text)))
        out.add(node, PROV + "wasDerivedFrom", doc)
        if claim.hedged:
            out.add(node, npf("hedged"), lit(True))
        if claim.section_id:
            out.add(node, DCTERMS + "isPartOf", iri("section", rec.id, claim.section_id))
        add_selector(out, node, doc, claim.span, rec.id, exact=claim.text)
        for cid in claim.citation_ids:
            out.add(node, npf("hasCitation"), iri("citation", rec.id, cid))
            for work_id in cites.get(cid, []):
                out.add(node, CITO + "cites", work_iri(work_id))
                if claim.citation_function:
                    out.add(node, CITO + claim.citation_function, work_iri(work_id))
        if claim.function_cue:
            out.add(node, npf("functionCue"), lit(claim.function_cue, "zh"))
        for sid in claim.data_source_ids:
            out.add(node, CITO + "citesAsDataSource", iri("datasource", rec.id, sid))
        for name in claim.attributed_to:
            quoted = _quoted(out, name, works_by_title)
            out.add(node, CITO + "includesQuotationFrom", quoted)
            if name.startswith("《"):  # a work named in the text is a cited work of the document too
                out.add(node, CITO + "cites", quoted)
                out.add(doc, CITO + "cites", quoted)
        for concept in claim.concepts:
            out.add(node, DCTERMS + "subject", NamedNode(concept))
        for stat_id in claim.statistic_ids:
            claim_of_stat[stat_id] = node
    for stat in rec.statistics:
        node = iri("statistic", rec.id, stat.id)
        out.add(node, RDF + "type", npf("Statistic"))
        out.add(node, RDF + "value", lit(f"{stat.value:g}"))
        out.add(node, npf("quote"), lit(stat.quote, lang_of(stat.quote)))
        out.add(node, PROV + "wasDerivedFrom", doc)
        if stat.unit:
            out.add(node, npf("unit"), lit(stat.unit, lang_of(stat.unit)))
        if stat.normalized_value is not None:
            out.add(node, npf("normalizedValue"), lit(float(stat.normalized_value)))
        if stat.normalized_unit:
            out.add(node, npf("normalizedUnit"), lit(stat.normalized_unit))
        if stat.measure:
            out.add(node, npf("measure"), lit(stat.measure, lang_of(stat.measure)))
        if stat.period:
            out.add(node, DCTERMS + "temporal", lit(stat.period))
        if stat.place:
            out.add(node, DCTERMS + "spatial", lit(stat.place, lang_of(stat.place)))
        if stat.source:
            source = stat.source
            ds = next((d for d in rec.data_sources if d.id == source), None)
            out.add(node, DCTERMS + "source", iri("datasource", rec.id, ds.id) if ds else lit(source, lang_of(source)))
        out.add(node, npf("approximate"), lit(stat.approximate))
        if stat.id in claim_of_stat:
            out.add(node, DCTERMS + "isPartOf", claim_of_stat[stat.id])
        add_selector(out, node, doc, stat.span, rec.id, exact=stat.quote)
