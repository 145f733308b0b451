"""The remote backend against a real Oxigraph server on 127.0.0.1."""

import json
import sys
from pathlib import Path

import pytest
from helpers import corpus_file
from servers import free_port, oxigraph_binary, running
from typer.testing import CliRunner

import npf_graph
from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.store import RemoteStore

runner = CliRunner()


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    url = f"http://127.0.0.1:{port}"
    args = [
        oxigraph_binary(),
        "serve",
        "--location",
        str(location),
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    with running(args, url + "/query?query=ASK%7B%7D"):
        yield url


@pytest.fixture(scope="module")
def built(endpoint, tmp_path_factory):
    out = tmp_path_factory.mktemp("remote-build") / "out"
    result = build([corpus_file("000"), corpus_file("001")], out, view=False, store_location=endpoint)
    return result


def test_build_into_a_remote_endpoint(built, endpoint):
    store = RemoteStore(endpoint)
    assert len(store.document_graphs()) == 2
    assert store.count() == built.triples > 1000
    assert sum(f.stat().st_size for f in built.paths["dataset"].iterdir()) > 10000


def test_rebuild_against_the_endpoint_skips_and_does_not_duplicate(built, endpoint):
    before = RemoteStore(endpoint).count()
    again = build([corpus_file("000"), corpus_file("001")], built.out, view=False, store_location=endpoint)
    assert (again.rebuilt, again.skipped) == (0, 2)
    assert RemoteStore(endpoint).count() == before


def test_cli_queries_the_endpoint_with_bound_parameters(built, endpoint):
    result = runner.invoke(
        app,
        [
            "query",
            "--name",
            "citations-of-work",
            "--param",
            "work=两次全球大危机",
            "--store",
            endpoint,
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert row["marker"] == "[4]" and row["title"] == "两次全球大危机的比较"
    hostile = runner.invoke(
        app, ["query", "--name", "documents-citing-work", "--param", 'work=x" } ; DROP ALL ; #', "--store", endpoint]
    )
    assert hostile.exit_code == 0
    assert len(RemoteStore(endpoint).document_graphs()) == 2


def test_results_json_ask_and_errors_from_the_endpoint(built, endpoint):
    res = runner.invoke(app, ["query", "ASK { ?c a cito:Citation }", "--store", endpoint, "--format", "json"])
    assert json.loads(res.output) == {"head": {}, "boolean": True}
    bad = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x ?y }", "--store", endpoint])
    assert bad.exit_code == 1 and bad.output.startswith("error: [sparql] endpoint answered 400")


def test_python_api_on_the_endpoint(built, endpoint):
    store = npf_graph.open_store(endpoint)
    rows = list(store.query("SELECT ?t ?y WHERE { ?w dcterms:title ?t ; fabio:hasPublicationYear ?y }", y="2020"))
    assert {r["t"] for r in rows} == {"两次全球大危机的比较"}
    ds = store.dataset
    assert len(list(ds.query("SELECT ?d WHERE { ?d a <http://purl.org/spar/fabio/WorkingPaper> }"))) == 1


def test_unreachable_endpoint_is_one_line():
    port = free_port()
    result = runner.invoke(app, ["query", "ASK {}", "--store", f"http://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert result.output.startswith("error: [store] cannot reach the endpoint")


def test_npf_graph_serve_answers_sparql(built, tmp_path):
    local = tmp_path / "out"
    build([corpus_file("003")], local, view=False)
    port = free_port()
    cli = str(Path(sys.executable).with_name("npf-graph"))
    url = f"http://127.0.0.1:{port}"
    with running([cli, "serve", "--store", str(local / "store"), "--port", str(port)], url + "/query?query=ASK%7B%7D"):
        rows = list(npf_graph.open_store(url).query("SELECT ?t WHERE { ?d npf:docType ?x ; dcterms:title ?t }"))
        assert {"t": "探路新质生产力"} in rows
        update = RemoteStore(url)
        with pytest.raises(npf_graph.errors.NpfError):
            update.update("DROP ALL")  # read-only
