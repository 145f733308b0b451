"""`build --store http://…` into a real Oxigraph server on 127.0.0.1: batched writes, the same
dataset, saved-query answers and traces as the local store, and changed documents replaced."""

import json
import shutil
import sys
from pathlib import Path

import pytest
from helpers import CORPUS, corpus_file, two_docs
from pyoxigraph import RdfFormat, parse
from servers import free_port, oxigraph_server, running
from test_build_scale import graph_without_times
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.dataset import dataset_files
from npf_graph.queries import saved_queries
from npf_graph.query import run_query
from npf_graph.store import LocalStore, RemoteStore
from npf_graph.store.remote_writes import BatchWriter

runner = CliRunner()
PARAMS = {"work": "两次全球大危机", "concept": "耐心资本"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="module")
def pair(server, tmp_path_factory):
    """The sample corpus built into the server (through the CLI) and into a local store."""
    root = tmp_path_factory.mktemp("pair")
    local = build([CORPUS], root / "local", view=False)
    res = runner.invoke(app, ["build", str(CORPUS), "--out", str(root / "remote"), "--store", server])
    assert res.exit_code == 0, res.output
    assert f"store    {server}" in res.output
    return local, root / "remote", server


def rows(store, name: str) -> list[dict]:
    query = saved_queries()[name]
    res = run_query(store, query.text, {p: PARAMS[p] for p in query.params})
    return sorted(json.dumps({k: v.value for k, v in r.items()}, ensure_ascii=False, sort_keys=True) for r in res.rows)


def test_the_server_holds_the_same_dataset_as_the_local_store(pair):
    local, remote_out, url = pair
    remote = RemoteStore(url)
    assert remote.count() == local.triples > 30000
    assert len(remote.document_graphs()) == 5
    a, b = graph_without_times(local.paths["dataset"]), graph_without_times(remote_out / "dataset")
    assert a == b


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_as_on_the_local_store(pair, name):
    local, _out, url = pair
    expected = rows(LocalStore(local.paths["store"], read_only=True), name)
    assert rows(RemoteStore(url), name) == expected
    if name in ("citations-of-work", "claims-about-concept", "cited-works", "statistics"):
        assert expected  # the comparison is not between two empty answers


@pytest.mark.parametrize("how", [["--concept", "耐心资本"], ["--work", "两次全球大危机"], ["--text", "新质生产力"]])
def test_trace_answers_as_on_the_local_store(pair, how):
    local, _out, url = pair
    traces = []
    for store in (str(local.paths["store"]), url):
        res = runner.invoke(app, ["trace", *how, "--store", store, "--format", "json"])
        assert res.exit_code == 0, res.output
        traces.append(json.loads(res.output))
    assert traces[0] == traces[1] and traces[0]
    claim = traces[0][0]["id"]
    by_id = [
        runner.invoke(app, ["trace", "--claim", claim, "--store", s]).output for s in (str(local.paths["store"]), url)
    ]
    assert by_id[0] == by_id[1] and claim in by_id[0]


def test_a_changed_document_replaces_its_graph_and_the_links_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for prefix in ("001", "003", "004"):
        shutil.copy(corpus_file(prefix), corpus / f"{prefix}.txt")
    with oxigraph_server(tmp_path / "db") as url:
        first = build([corpus], tmp_path / "remote", view=False, store_location=url)
        before = RemoteStore(url).document_graphs()
        path = corpus / "003.txt"
        path.write_text(
            path.read_text(encoding="utf-8") + "\n数据要素市场化配置改革是发展新质生产力的关键。\n", encoding="utf-8"
        )
        again = build([corpus], tmp_path / "remote", view=False, store_location=url)
        local = build([corpus], tmp_path / "local", view=False)
        after = RemoteStore(url).document_graphs()
        assert (first.rebuilt, again.rebuilt, again.skipped) == (3, 1, 2)
        assert len(before) == len(after) == 3 and len(set(before.values()) & set(after.values())) == 2
        assert RemoteStore(url).count() == local.triples == again.triples
        assert graph_without_times(tmp_path / "remote" / "dataset") == graph_without_times(local.paths["dataset"])


def test_each_batch_of_graphs_is_one_request(tmp_path, pair):
    local, _out, _url = pair
    quads = sorted(
        {  # a document's file may repeat a quad its mapping made twice; the store holds it once
            q
            for f in dataset_files(local.paths["dataset"])
            for q in parse(path=str(f), format=RdfFormat.TRIG)
            if "/graph/" in q.graph_name.value and not q.graph_name.value.endswith(("/ontology", "/links"))
        },
        key=lambda q: (q.graph_name.value, str(q)),
    )
    graphs = {q.graph_name for q in quads}
    assert len(graphs) == 5 and len(quads) < 50_000
    with oxigraph_server(tmp_path / "db") as url:
        gsp = RemoteStore(url)
        gsp.write_graphs(iter(quads))
        assert (gsp.writer.mode, gsp.writer.requests) == ("gsp", 2)  # drop the graphs, POST the N-Quads
        update = RemoteStore(url, write_mode="update")
        update.write_graphs(iter(quads))  # replaces them: nothing doubled
        assert update.writer.requests == 1 and gsp.count() == len(quads)
        small = RemoteStore(url, write_mode="update")
        small.writer.write(iter(quads), size=1)  # every graph a batch of its own: never split
        assert small.writer.requests == 5 and gsp.count() == len(quads)
        # a server without a Graph Store endpoint at that address: SPARQL Update from then on
        lost = BatchWriter(f"{url}/update", f"{url}/no-such-store", "gsp", "", 30)
        lost.write(iter(quads))
        assert lost.mode == "update" and gsp.count() == len(quads)
        assert {q.graph_name.value for q in quads} == set(gsp.document_graphs().values())


def test_remove_drops_the_document_from_the_server_it_was_built_into(tmp_path):
    corpus = two_docs(tmp_path / "corpus")
    with oxigraph_server(tmp_path / "db") as url:
        build([corpus], tmp_path / "remote", view=False, store_location=url)
        res = runner.invoke(
            app, ["remove", "004.txt", "--out", str(tmp_path / "remote")]
        )  # the server, from the manifest
        assert res.exit_code == 0, res.output
        local = build([corpus / "003.txt"], tmp_path / "local", view=False)
        assert list(RemoteStore(url).document_graphs()) == [s.sha256 for s in [local.records[0].source]]
        assert RemoteStore(url).count() == local.triples
        assert not (tmp_path / "remote" / "store").exists()


def test_a_server_without_a_graph_store_endpoint_is_dumped_through_sparql(tmp_path):
    local = build([corpus_file("003")], tmp_path / "out", view=False)
    port = free_port()
    cli = str(Path(sys.executable).with_name("npf-graph"))
    url = f"http://127.0.0.1:{port}"
    with running(
        [cli, "serve", "--store", str(local.paths["store"]), "--port", str(port)], url + "/query?query=ASK%7B%7D"
    ):
        RemoteStore(url).dump_trig(tmp_path / "dumped.trig")  # `npf-graph serve` has no /store
    assert graph_without_times(tmp_path / "dumped.trig") == graph_without_times(local.paths["dataset"])
