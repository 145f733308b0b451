import re

import rdflib
from rdflib.namespace import OWL, RDF, SKOS

from npf_graph.ontology import concept_index, ontology_dir, user_words
from npf_graph.rdf.namespaces import CONCEPT, NPF, NPF_TERMS, PREFIXES


def test_concept_scheme_has_at_least_60_concepts_with_zh_and_en_labels():
    g = rdflib.Graph().parse(ontology_dir() / "concepts.ttl")
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 60
    for c in concepts:
        langs = {lit.language for lit in g.objects(c, SKOS.prefLabel)}
        assert {"zh", "en"} <= langs, c
        assert g.value(c, SKOS.definition) is not None, c
        assert str(c).startswith(CONCEPT)


def test_required_concepts_are_in_the_scheme():
    labels = {c.label_zh for c in concept_index().concepts.values()}
    for term in (
        "新质生产力", "开源创新", "迭代演化", "超大规模", "耐心资本", "新型举国体制", "人工智能+", "数据要素",
        "全要素生产率", "现代化产业体系", "未来产业", "战略性新兴产业", "颠覆性技术", "生产关系", "旧质生产力",
        "企业创新生态系统", "有为政府", "有效市场", "算力", "大模型", "通用人工智能", "龙头链主企业", "创新链",
    ):  # fmt: skip
        assert term in labels


def test_broader_and_related_links_point_at_concepts():
    idx = concept_index()
    for c in idx.concepts.values():
        for other in (*c.broader, *c.related):
            assert other in idx.concepts, (c.iri, other)


def test_every_npf_term_the_code_uses_is_declared():
    g = rdflib.Graph().parse(ontology_dir() / "npf.ttl")
    declared = {str(s) for s in g.subjects(RDF.type, None) if str(s).startswith(NPF)}
    assert {NPF + t for t in NPF_TERMS} <= declared
    for s in declared:
        assert g.value(rdflib.URIRef(s), rdflib.RDFS.label) is not None
    assert (rdflib.URIRef("https://w3id.org/npf-graph/ontology"), RDF.type, OWL.Ontology) in g


def test_code_uses_only_declared_npf_terms():
    root = ontology_dir().parent / "npf_graph"
    used = set()
    for f in root.rglob("*.py"):
        used |= set(re.findall(r'npf\("(\w+)"\)', f.read_text(encoding="utf-8")))
        used |= set(re.findall(r"\bnpf:(\w+)", f.read_text(encoding="utf-8")))
    assert used <= set(NPF_TERMS)
    assert PREFIXES["npf"] == NPF


def test_jieba_dictionary_comes_from_the_ontology():
    words = user_words()
    assert "新质生产力" in words and "人工智能+" in words and "耐心资本" in words
    assert all(not w.startswith("“") for w in words)
