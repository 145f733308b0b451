import json

import pytest
from helpers import corpus_file
from pyoxigraph import Literal, NamedNode
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.queries import saved_queries
from npf_graph.query import QueryError, format_result, run_query, term_for
from npf_graph.store import LocalStore

runner = CliRunner()
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("query") / "out"
    build([corpus_file("000"), corpus_file("001"), corpus_file("004")], out, view=False)
    return out


@pytest.fixture(scope="module")
def store(out):
    return LocalStore(out / "store", read_only=True)


def q(store, name, **params):
    return [{k: v.value for k, v in row.items()} for row in run_query(store, saved_queries()[name].text, params).rows]


def test_every_saved_query_has_a_header_and_runs(store):
    queries = saved_queries()
    assert len(queries) >= 9
    for query in queries.values():
        assert query.description
        params = {p: "x" for p in query.params}
        run_query(store, query.text, params)


def test_cited_works_and_most_cited(store):
    works = q(store, "cited-works")
    titles = {w["title"] for w in works}
    assert (
        "新时代中国特色社会主义政治经济学探索" in titles and "政府工作报告" in titles
    )  # listed, and named in the text
    assert all(int(w["citedBy"]) == 1 for w in works)
    top = q(store, "most-cited-works")
    assert top[0]["title"] == "群智范式：软件开发范式的新变革" and top[0]["citations"] == "2"


def test_citations_of_a_work_with_offsets(store):
    rows = q(store, "citations-of-work", work="两次全球大危机")
    assert [(r["marker"], r["title"]) for r in rows] == [("[4]", "两次全球大危机的比较")]
    source = corpus_file("001").read_text(encoding="utf-8")
    start, end = int(rows[0]["start"]), int(rows[0]["end"])
    assert "".join(source[start:end].split()) == "".join(rows[0]["sentence"].split())


def test_documents_citing_work_and_coupling(store):
    rows = q(store, "documents-citing-work", work="创新链")
    assert [r["title"] for r in rows] == ["全球创新链测度体系研究"]
    assert q(store, "bibliographic-coupling") == []  # the three documents share no cited work
    assert q(store, "co-cited-works") == []  # nor are two works cited together by two of them


def test_dangling_and_concepts(store):
    assert q(store, "dangling-citations") == []
    docs = q(store, "documents-by-concept", concept="耐心资本")
    assert [(d["docTitle"], d["mentions"]) for d in docs] == [("004_26ab8cec2164e86e.txt", "4")]
    pairs = {(r["labelA"], r["labelB"]): int(r["documents"]) for r in q(store, "concept-cooccurrence")}
    assert pairs[("人工智能", "新质生产力")] == 2


@pytest.mark.parametrize(
    "hostile",
    ['x" } ; DROP ALL ; SELECT * { ?s ?p ?o', "}\nUNION { ?s ?p ?o }", "' OR '1'='1", "SELECT", '创新链"', ""],
)
def test_parameters_cannot_change_the_query(store, hostile):
    rows = q(store, "documents-citing-work", work=hostile)
    assert all(hostile.lower() in r["title"].lower() for r in rows)
    assert store.count() > 1000  # nothing was dropped


def test_results_json_format(store):
    res = run_query(
        store, 'SELECT ?t WHERE { ?d dcterms:title ?t FILTER(?t = "新质生产力的新质态及其发展战略"@zh) } LIMIT 1'
    )
    data = json.loads(format_result(res, "json"))
    assert data == {
        "head": {"vars": ["t"]},
        "results": {
            "bindings": [{"t": {"type": "literal", "value": "新质生产力的新质态及其发展战略", "xml:lang": "zh"}}]
        },
    }
    ask = json.loads(format_result(run_query(store, "ASK { ?s a cito:Citation }"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_syntax_error_is_one_line(out):
    result = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x ?y }", "--store", str(out / "store")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: [sparql]")
    with pytest.raises(QueryError):
        run_query(LocalStore(out / "store", read_only=True), "SELEC nothing")


def test_cli_formats(out):
    base = [
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a biro:BibliographicReference }",
        "--store",
        str(out / "store"),
    ]
    assert runner.invoke(app, [*base, "--format", "csv"]).output == "n\n27\n"
    assert runner.invoke(app, [*base, "--format", "tsv"]).output == "n\n27\n"
    assert json.loads(runner.invoke(app, [*base, "--format", "jsonl"]).output) == {"n": "27"}
    assert "27" in runner.invoke(app, base).output
    listed = runner.invoke(app, ["query", "--list"]).output
    assert "citations-of-work" in listed and "--param work=" in listed


def test_claims_about_a_concept_with_the_works_they_cite(store):
    rows = q(store, "claims-about-concept", concept="耐心资本")
    assert {r["docTitle"][:3] for r in rows} >= {"新质生", "004"}
    assert all("耐心资本" in r["claimText"] or "耐心資本" in r["claimText"] for r in rows)
    cited = q(store, "claims-about-concept", concept="开源创新")
    assert any("推动我国大模型开源创新生态建设的挑战与建议" in r.get("cites", "") for r in cited)


def test_claims_citing_a_work_and_works_cited_by_concept(store):
    rows = q(store, "claims-citing-work", work="群智范式")
    assert rows and all(r["title"] == "群智范式：软件开发范式的新变革" for r in rows)
    works = q(store, "works-cited-by-concept", concept="开源创新")
    assert works and int(works[0]["claims"]) >= 1


def test_statistics_and_conflicts_queries(store):
    stats = q(store, "statistics")
    assert any(r.get("measure") == "中国人工智能核心产业规模" for r in stats)
    assert q(store, "statistic-conflicts") == []  # 000, 001 and 004 share no measure


def test_python_api_binds_variables_the_select_does_not_project(out):
    import npf_graph

    store = npf_graph.open_store(out / "store")
    query = "SELECT ?doc WHERE { ?c skos:prefLabel ?label . ?doc npf:docType ?t ; dcterms:subject ?c }"
    assert len(list(store.query(query, label="耐心资本@zh"))) == 1
    assert list(store.query(query, label='耐心资本" } UNION { ?doc ?p ?o')) == []
    assert store.store.count() > 1000


@pytest.mark.parametrize(
    ("param", "message"),
    [
        ("work=x@zz-1", "error: [sparql] --param work: bad term 'x@zz-1': "),
        ("work=<http://a b>", "error: [sparql] --param work: bad term '<http://a b>': "),
        ('work="unterminated', "error: [sparql] --param work: malformed quoted literal '\"unterminated'"),
        ("wrok=两次全球大危机", "error: [sparql] unknown parameter wrok; the query's variables are: "),
        ("work", "error: [npf] --param wants name=value, got 'work'"),
    ],
)
def test_bad_parameters_are_one_line_errors(out, param, message):
    result = runner.invoke(
        app, ["query", "--name", "citations-of-work", "--param", param, "--store", str(out / "store")]
    )
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and result.output.startswith(message), result.output


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ("两次全球大危机", Literal("两次全球大危机")),
        ("耐心资本@zh", Literal("耐心资本", language="zh")),
        ('"x@en"', Literal("x@en")),
        ('"say \\"hi\\""@en', Literal('say "hi"', language="en")),
        ('"2024"^^<http://www.w3.org/2001/XMLSchema#integer>', Literal("2024", datatype=NamedNode(XSD_INT))),
        ("<https://w3id.org/npf-graph/id/doc/1>", NamedNode("https://w3id.org/npf-graph/id/doc/1")),
    ],
)
def test_parameter_literal_syntax(value, term):
    assert term_for(value) == term


def test_the_literal_syntax_is_documented():
    help_text = runner.invoke(app, ["query", "--help"], terminal_width=200).output
    assert '"x@en"' in help_text and "text@zh" in help_text


def test_co_cited_works_takes_the_most_co_cited_pairs_and_each_title_once(tmp_path):
    from pyoxigraph import Quad

    npf, dcterms = "https://w3id.org/npf-graph/ontology#", "http://purl.org/dc/terms/"
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    work = [NamedNode(f"https://example.org/w/{k}") for k in range(40)]
    quads = []
    for k in range(1, 40):  # a title repeated in three document graphs, as a cited work's is
        for g in range(3):
            quads.append(Quad(work[k], NamedNode(dcterms + "title"), Literal(f"题名{k:02d}"), NamedNode(f"urn:g:{g}")))
    n = 0
    for a in range(40):
        for b in range(a + 1, 40):
            if (a + b) % 3:
                continue
            pair, links = NamedNode(f"https://example.org/pair/{a}-{b}"), NamedNode("urn:g:links")
            quads += [
                Quad(pair, rdf_type, NamedNode(npf + "CoCitation"), links),
                Quad(pair, NamedNode(npf + "firstWork"), work[a], links),
                Quad(pair, NamedNode(npf + "secondWork"), work[b], links),
                Quad(
                    pair,
                    NamedNode(npf + "documentCount"),
                    Literal(str(2 + (a * b) % 7), datatype=NamedNode(XSD_INT)),
                    links,
                ),
            ]
            n += 1
    assert n > 200
    store = LocalStore(tmp_path / "store")
    store.write_graphs(quads)
    naive = """SELECT DISTINCT ?a ?titleA ?b ?titleB ?documents WHERE {
      ?pair a npf:CoCitation ; npf:firstWork ?a ; npf:secondWork ?b ; npf:documentCount ?documents .
      ?a dcterms:title ?titleA . ?b dcterms:title ?titleB . } ORDER BY DESC(?documents) ?titleA ?titleB LIMIT 200"""
    rows = {
        tuple(str(v) for v in row.values()) for row in run_query(store, saved_queries()["co-cited-works"].text, {}).rows
    }
    expected = {tuple(str(v) for v in row.values()) for row in run_query(store, naive, {}).rows}
    assert len(rows) == 200 and rows == expected  # work 0 has no title: its pairs are left out by both


def test_most_cited_works_counts_first_and_reads_each_title_once(tmp_path):
    from pyoxigraph import Quad

    cito, dcterms = "http://purl.org/spar/cito/", "http://purl.org/dc/terms/"
    quads = []
    for k in range(1, 90):  # work k is cited k % 13 + 1 times from as many documents, its title in each graph
        w = NamedNode(f"https://example.org/w/{k}")
        for d in range(k % 13 + 1):
            g, c = NamedNode(f"urn:g:{d}"), NamedNode(f"https://example.org/cite/{k}-{d}")
            quads += [
                Quad(c, NamedNode(cito + "hasCitedEntity"), w, g),
                Quad(c, NamedNode(cito + "hasCitingEntity"), NamedNode(f"https://example.org/doc/{d}"), g),
                Quad(w, NamedNode(dcterms + "title"), Literal(f"题名{k:02d}"), g),
            ]
    store = LocalStore(tmp_path / "store")
    store.write_graphs(quads)
    naive = """SELECT ?work ?title (COUNT(DISTINCT ?c) AS ?citations) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
      ?c cito:hasCitedEntity ?work ; cito:hasCitingEntity ?doc . ?work dcterms:title ?title .
    } GROUP BY ?work ?title ORDER BY DESC(?citations) ?title LIMIT 50"""
    rows = [
        tuple(str(v) for v in row.values())
        for row in run_query(store, saved_queries()["most-cited-works"].text, {}).rows
    ]
    assert len(rows) == 50 and rows == [tuple(str(v) for v in row.values()) for row in run_query(store, naive, {}).rows]
