"""Extraction on a real Dask cluster and a real local Ray instance gives what `--jobs 1` gives."""

import shutil

import pytest
from helpers import CORPUS, DEV_CORPUS, corpus_file
from test_build_scale import graph_without_times
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for f in sorted(CORPUS.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    for f in sorted(DEV_CORPUS.glob("*.md"))[:3]:
        shutil.copy(f, folder / f.name)
    shutil.copy(corpus_file("003"), folder / "copy-of-003.txt")  # a copy met while the cluster works
    (folder / "empty.txt").write_bytes(b"")  # one error, reported in its turn
    return folder


@pytest.fixture(scope="module")
def one(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("jobs1") / "out"
    return build([corpus], out, view=False, jobs=1)


def same_build(one, other) -> None:
    assert (other.rebuilt, other.copies, len(other.errors)) == (one.rebuilt, one.copies, len(one.errors)) == (8, 1, 1)
    assert [str(e) for _p, e in other.errors] == [str(e) for _p, e in one.errors]
    assert other.paths["records"].read_bytes() == one.paths["records"].read_bytes()
    assert other.triples == one.triples
    a, b = (graph_without_times(r.paths["dataset"]) for r in (one, other))
    assert a == b and len(a) > 1000


def test_a_local_dask_cluster_builds_exactly_what_jobs_1_builds(corpus, one, tmp_path):
    same_build(one, build([corpus], tmp_path / "dask", view=False, jobs=2, executor="dask"))


def test_joining_a_running_dask_scheduler_loads_the_ontology_once_per_worker(corpus, one, tmp_path):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build([corpus], tmp_path / "joined", view=False, executor="dask", address=cluster.scheduler_address)
        same_build(one, result)
        with Client(cluster) as client:

            def loads() -> tuple[int, int]:
                from npf_graph.ontology import concept_index, tokenizer

                return concept_index.cache_info().misses, tokenizer.cache_info().misses

            per_worker = client.run(loads)
    assert len(per_worker) == 2 and set(per_worker.values()) == {(1, 1)}


def test_a_local_ray_instance_builds_exactly_what_jobs_1_builds(corpus, one, tmp_path):
    same_build(one, build([corpus], tmp_path / "ray", view=False, jobs=2, executor="ray"))


def test_cli_executor_errors_are_one_line(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["build", str(corpus_file("003")), "--out", str(tmp_path / "o"), "--executor", "spark"])
    assert bad.exit_code == 1
    assert bad.output == "error: [cluster] unknown executor 'spark'; choose one of processes, dask, ray\n"
    lonely = runner.invoke(app, ["build", str(corpus_file("003")), "--out", str(tmp_path / "o"), "--address", "x:1"])
    assert lonely.output == "error: [cluster] --address needs --executor dask or ray\n"
    assert not (tmp_path / "o" / "store").exists()
