import rdflib
from helpers import CORPUS, corpus_file, read_dataset
from pyoxigraph import RdfFormat, serialize
from rdflib.compare import isomorphic

from npf_graph.build import build
from npf_graph.ontology import ontology_dir
from npf_graph.rdf.mapping import record_quads
from npf_graph.rdf.namespaces import sparql_prefixes
from npf_graph.store import LocalStore

WHEN = "2026-01-01T00:00:00+00:00"


def as_rdflib(quads) -> rdflib.Graph:
    data = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


def test_mapping_is_deterministic(records):
    a = as_rdflib(record_quads(records["000"], WHEN))
    b = as_rdflib(record_quads(records["000"], WHEN))
    assert isomorphic(a, b)
    assert len(a) > 500


def test_document_triples_use_standard_vocabularies(records):
    g = as_rdflib(record_quads(records["000"], WHEN))
    rows = list(
        g.query(
            sparql_prefixes()
            + """SELECT ?title ?name ?year WHERE {
                 ?doc a fabio:WorkingPaper ; dcterms:title ?title ; dcterms:creator ?p ;
                      fabio:hasPublicationYear ?year .
                 ?p foaf:name ?name . FILTER(lang(?title) = "zh" && lang(?name) = "zh") }"""
        )
    )
    assert {(str(t), str(n), str(y)) for t, n, y in rows} == {
        ("新质生产力的新质态及其发展战略", "范从来", "2024"),
        ("新质生产力的新质态及其发展战略", "郑琼洁", "2024"),
    }


def test_store_replaces_a_document_graph_without_duplicates(records):
    store = LocalStore()
    rec = records["003"]
    from npf_graph.rdf.terms import graph_iri

    store.replace_graph(graph_iri(rec.id), record_quads(rec, WHEN))
    n = store.count()
    store.replace_graph(graph_iri(rec.id), record_quads(rec, WHEN))
    assert store.count() == n
    assert store.document_graphs() == {rec.source.sha256: graph_iri(rec.id).value}


def test_built_dataset_has_named_graphs_and_passes_shacl(tmp_path):
    import pyshacl

    shutil_copy = tmp_path / "corpus"
    shutil_copy.mkdir()
    for prefix in ("000", "001", "003"):
        (shutil_copy / corpus_file(prefix).name).write_bytes(corpus_file(prefix).read_bytes())
    result = build([shutil_copy], tmp_path / "out", view=False)
    ds = read_dataset(result.paths["dataset"])
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/npf-graph/id/graph/ontology" in graphs
    assert sum(1 for g in graphs if "/graph/" in g and not g.endswith(("ontology", "links"))) == 3
    union = rdflib.Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, advanced=True)
    assert conforms, report


def test_removed_file_drops_its_graph_with_prune(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for prefix in ("003", "004"):
        (corpus / corpus_file(prefix).name).write_bytes(corpus_file(prefix).read_bytes())
    build([corpus], tmp_path / "out", view=False)
    (corpus / corpus_file("004").name).unlink()
    kept = build([corpus], tmp_path / "out", view=False)
    assert len(kept.records) == 2  # without --prune a build only adds and updates
    result = build([corpus], tmp_path / "out", view=False, prune=True)
    store = LocalStore(tmp_path / "out" / "store")
    assert list(store.document_graphs()) == [result.records[0].source.sha256]


def test_concepts_are_queryable_after_build(tmp_path):
    result = build([CORPUS / corpus_file("000").name], tmp_path / "out", view=False)
    store = LocalStore(result.paths["store"])
    rows = store.select(
        """SELECT ?label WHERE { ?doc dcterms:subject ?c . ?c skos:prefLabel ?label .
           FILTER(lang(?label) = "zh") } ORDER BY ?label"""
    )
    labels = {r["label"] for r in rows}
    assert {"开源创新", "迭代演化", "超大规模", "龙头链主企业"} <= labels


def test_cited_works_query_and_citation_pointers(tmp_path):
    result = build([corpus_file("001")], tmp_path / "out", view=False)
    ds = read_dataset(result.paths["dataset"], default_union=True)
    rows = ds.query(
        sparql_prefixes() + "SELECT ?doc ?work ?title WHERE { ?doc cito:cites ?work . ?work dcterms:title ?title }"
    )
    titles = {str(r.title) for r in rows}
    assert "新时代中国特色社会主义政治经济学探索" in titles and "两次全球大危机的比较研究" in titles  # listed; named
    assert len(titles) == 10 + 2  # the ten listed works and the two the text names in 《》
    rows = list(
        ds.query(
            sparql_prefixes()
            + """SELECT ?marker ?sentence ?start ?end ?raw WHERE {
                 ?c a cito:Citation ; c4o:hasContent ?marker ; c4o:hasContext/rdf:value ?sentence ;
                    oa:hasSelector [ oa:start ?start ; oa:end ?end ] ; c4o:denotes/c4o:hasContent ?raw .
                 FILTER(?marker = "[4]") }"""
        )
    )
    assert len(rows) == 1
    _marker, sentence, start, end, raw = rows[0]
    source = corpus_file("001").read_text(encoding="utf-8")
    assert source[int(start) : int(end)] == "[4]"
    assert "熊彼特定律与基辛格定律" in str(sentence) and str(raw).startswith("[4] 刘鹤 . 两次全球大危机的比较")


def test_a_cited_work_without_a_readable_title_still_passes_shacl(tmp_path):
    union = _built_from_one(
        tmp_path,
        "# 城市网络结构与经济增长\n\n张三，李四\n\n摘要：城市网络影响增长。\n\n"
        "城市网络的效率可以用结构洞指标衡量[1]，凝聚子群研究城市群的联系[2]。\n\n# 参考文献\n\n"
        "[1] 刘军.整体网分析讲义[M].上海：上海人民出版社,2009.\n[2] 20l7,(6):94-99.\n",
    )
    untitled = [s for s, _p, _o in union.triples((None, rdflib.DCTERMS.bibliographicCitation, None))]
    assert len(untitled) == 1
    _assert_conforms(union)


def _built_from_one(tmp_path, text: str) -> rdflib.Graph:
    """The triples of every named graph the build of a corpus holding one paper, `text`, writes."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "paper.md").write_text(text, encoding="utf-8")
    ds = read_dataset(build([corpus], tmp_path / "out", view=False).paths["dataset"])
    union = rdflib.Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _assert_conforms(union: rdflib.Graph) -> None:
    import pyshacl

    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, advanced=True)
    assert conforms, report


def test_an_expert_panel_printed_for_a_byline_is_a_group_author_and_passes_shacl(tmp_path):
    union = _built_from_one(
        tmp_path,
        "# 抗精神病药长效针剂社区应用专家共识\n\n10.12114/j.issn.1007-9572.2022.0537中华医学会精神医学分会"
        "精神分裂症协作组，中华医学会全科医学分会通讯作者：司天梅，E-mail：si.tian-mei@163.com\n\n"
        "摘要精神分裂症是一种慢性、高复发性和高致残性的精神病性障碍。\n\n关键词：精神分裂症；社区管理\n",
    )
    creators = {str(union.value(c, rdflib.FOAF.name)) for c in union.objects(None, rdflib.DCTERMS.creator)}
    assert creators == {"中华医学会精神医学分会精神分裂症协作组", "中华医学会全科医学分会"}
    assert all((c, rdflib.RDF.type, rdflib.FOAF.Group) in union for c in union.objects(None, rdflib.DCTERMS.creator))
    _assert_conforms(union)
