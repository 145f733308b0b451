"""Queries never leave this machine, never run for ever and never return unbounded results."""

import subprocess
import sys

import pytest
from helpers import corpus_file
from servers import Listener
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.query import QueryError, run_query
from npf_graph.store import LocalStore

runner = CliRunner()
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # hours on any real store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("limits") / "out"
    build([corpus_file("003"), corpus_file("004")], out, view=False)
    return out / "store"


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?x a npf:Claim . SERVICE\n<{url}> {{ ?x ?p ?o }} }}",
        "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ],
)
def test_service_is_refused_and_nothing_connects(store, template):
    with Listener() as listener:
        result = runner.invoke(app, ["query", template.format(url=listener.url), "--store", str(store)])
        assert result.exit_code == 1
        assert result.output == (
            "error: [sparql] SERVICE (federated query) is refused: npf-graph never sends queries to other servers\n"
        )
    assert listener.connections == []


def test_the_word_service_in_strings_iris_and_comments_is_no_service(store):
    query = 'SELECT ?x WHERE { ?x rdfs:label ?l . FILTER(?l != "SERVICE") } # SERVICE <http://x>'
    assert runner.invoke(app, ["query", query, "--store", str(store), "--format", "csv"]).exit_code == 0


def test_a_build_never_connects_out(tmp_path):
    with Listener() as listener:
        doc = tmp_path / "doc.txt"
        doc.write_text(
            f"新质生产力研究\n\n查询SERVICE <{listener.url}> 的数据[1]。\n\n参考文献\n\n"
            f"[1] 张三. 新质生产力[EB/OL]. {listener.url}?q=1, 2024.\n",
            encoding="utf-8",
        )
        result = build([doc], tmp_path / "out")
        assert result.records and not result.errors
    assert listener.connections == []


def test_a_query_past_its_timeout_is_one_error_and_the_process_ends(store):
    cli = [sys.executable, "-m", "npf_graph", "query", CROSS_JOIN, "--store", str(store), "--timeout", "1"]
    proc = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr == "error: [sparql] the query ran past the 1-second timeout (--timeout) and was abandoned\n"


def test_results_over_the_row_cap_are_refused(store):
    everything = "SELECT * WHERE { ?s ?p ?o }"
    result = runner.invoke(app, ["query", everything, "--store", str(store), "--max-rows", "5"])
    assert result.exit_code == 1
    assert result.output == "error: [sparql] more than 5 result rows; add LIMIT or raise the cap\n"
    capped = "SELECT * WHERE { ?s ?p ?o } LIMIT 5"
    assert runner.invoke(app, ["query", capped, "--store", str(store), "--max-rows", "5"]).exit_code == 0
    with pytest.raises(QueryError, match="more than 10 result rows"):
        run_query(LocalStore(store, read_only=True), everything, max_rows=10)


@pytest.mark.parametrize("label", ["耐心资本", "耐心资本@zh", "patient capital", "patient capital@en"])
def test_concept_queries_take_labels_with_or_without_a_language(store, label):
    local = LocalStore(store, read_only=True)
    from npf_graph.queries import saved_query

    rows = run_query(local, saved_query("documents-by-concept").text, {"concept": label}).rows
    assert len(rows) == 1 and int(rows[0]["mentions"].value) > 0
