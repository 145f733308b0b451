"""Namespaces: the standard vocabularies first, npf: only for what they lack."""

from __future__ import annotations

NPF = "https://w3id.org/npf-graph/ontology#"
CONCEPT = "https://w3id.org/npf-graph/concept/"
ID = "https://w3id.org/npf-graph/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
FABIO = "http://purl.org/spar/fabio/"
CITO = "http://purl.org/spar/cito/"
BIRO = "http://purl.org/spar/biro/"
C4O = "http://purl.org/spar/c4o/"
DOCO = "http://purl.org/spar/doco/"
FRAPO = "http://purl.org/cerif/frapo/"
PRISM = "http://prismstandard.org/namespaces/basic/2.0/"
BIBO = "http://purl.org/ontology/bibo/"

PREFIXES: dict[str, str] = {
    "npf": NPF,
    "concept": CONCEPT,
    "id": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "skos": SKOS,
    "prov": PROV,
    "oa": OA,
    "fabio": FABIO,
    "cito": CITO,
    "biro": BIRO,
    "c4o": C4O,
    "doco": DOCO,
    "frapo": FRAPO,
    "prism": PRISM,
    "bibo": BIBO,
}

# npf: terms the code uses; a test checks each is declared in ontologies/npf.ttl
NPF_TERMS = (
    "Claim", "Statistic", "DataSource", "ConceptMention", "SourceFile", "Extraction", "Affiliation",
    "docType", "sha256", "encoding", "fileName", "toolVersion", "mentionCount", "mentionsConcept",
    "sentenceCount", "headingLevel", "kind", "warning", "citationStatus", "hedged", "hasCitation", "functionCue",
    "quote", "unit", "normalizedValue", "normalizedUnit", "measure", "approximate", "comparesWith", "conflictsWith",
    "CoCitation", "firstWork", "secondWork", "documentCount", "lookupGram",
)  # fmt: skip

ONTOLOGY_GRAPH = ID + "graph/ontology"
LINKS_GRAPH = ID + "graph/links"


def npf(term: str) -> str:
    if term not in NPF_TERMS:
        raise KeyError(f"npf:{term} is not declared in the ontology")
    return NPF + term


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
