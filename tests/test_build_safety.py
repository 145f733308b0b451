"""Rebuilds are incremental, idempotent and atomic per document."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from helpers import corpus_file, read_dataset
from pyoxigraph import NamedNode
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.errors import StoreError
from npf_graph.ontology import ontology_dir
from npf_graph.pipeline import extract_file
from npf_graph.rdf.mapping import record_quads
from npf_graph.store import LocalStore
from npf_graph.store.staging import StagedStore

runner = CliRunner()


def graphs(trig: Path) -> dict[str, rdflib.Graph]:
    ds = read_dataset(trig)
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def small_corpus(folder: Path, copies: int = 4) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for prefix in ("003", "004"):
        text = corpus_file(prefix).read_text(encoding="utf-8")
        for n in range(copies):
            path = folder / f"{prefix}_{n}.txt"
            path.write_text(text + f"\n（第{n + 1}稿）\n", encoding="utf-8")
            out.append(path)
    return out


def test_building_twice_leaves_an_isomorphic_dataset(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, copies=1)
    first = build([corpus], tmp_path / "out", view=False)
    before = graphs(first.paths["dataset"])
    second = build([corpus], tmp_path / "out", view=False)
    after = graphs(second.paths["dataset"])
    assert (second.rebuilt, second.skipped) == (0, 2)
    assert before.keys() == after.keys()
    for name in before:
        assert isomorphic(before[name], after[name]), name


def test_touching_one_file_rebuilds_only_that_document(tmp_path):
    corpus = tmp_path / "corpus"
    files = small_corpus(corpus, copies=2)
    build([corpus], tmp_path / "out", view=False)
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n新增的一段文字。\n", encoding="utf-8")
    result = build([corpus], tmp_path / "out", view=False)
    assert (result.rebuilt, result.skipped) == (1, 3)
    store = LocalStore(tmp_path / "out" / "store", read_only=True)
    assert len(store.document_graphs()) == 4  # the old version's graph is gone, not kept beside the new


def test_remove_drops_a_document(tmp_path):
    corpus = tmp_path / "corpus"
    files = small_corpus(corpus, copies=1)
    build([corpus], tmp_path / "out", view=False)
    result = runner.invoke(app, ["remove", files[1].name, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and result.output.startswith(f"removed {files[1].name}")
    store = LocalStore(tmp_path / "out" / "store", read_only=True)
    assert len(store.document_graphs()) == 1
    assert len((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    again = runner.invoke(app, ["remove", "nothing.txt", "--out", str(tmp_path / "out")])
    assert again.exit_code == 1 and again.output.startswith("error: [npf] no built document matches nothing.txt")


def expected_counts(paths: list[Path]) -> dict[str, int]:
    """sha256 -> number of triples its document graph must hold."""
    out = {}
    for p in paths:
        rec = extract_file(p)
        out[rec.source.sha256] = len(set(record_quads(rec, "2026-01-01T00:00:00+00:00")))
    return out


def test_a_killed_build_leaves_the_whole_store_old_or_new(tmp_path):
    import pyshacl

    corpus = tmp_path / "corpus"
    files = small_corpus(corpus)
    out = tmp_path / "out"
    build([corpus], out, view=False)
    old = expected_counts(files)
    for n, path in enumerate(files):
        path.write_text(path.read_text(encoding="utf-8") + f"\n修订{n}：补充一句话。\n", encoding="utf-8")
    new = expected_counts(files)
    cli = str(Path(sys.executable).with_name("npf-graph"))
    for delay in (0.8, 1.6, 2.4):
        proc = subprocess.Popen([cli, "build", str(corpus), "--out", str(out)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        store = LocalStore(out / "store", read_only=True)
        stored = store.document_graphs()
        for sha, graph in stored.items():
            size = int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")[0]["n"])
            assert size == (old | new)[sha], f"graph {graph} is half-written"
        assert set(stored) in (set(old), set(new)), "readers see a mix of two builds"
        del store
    union = rdflib.Graph()
    store = LocalStore(out / "store", read_only=True)
    for q in store.store:
        union.add(tuple(rdflib.util.from_n3(str(t)) for t in (q.subject, q.predicate, q.object)))
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, advanced=True)
    assert conforms, report
    del store
    final = build([corpus], out, view=False)
    assert set(LocalStore(out / "store", read_only=True).document_graphs()) == set(new)
    assert final.rebuilt + final.skipped == len(files)


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])
def test_markup_in_text_stays_text_in_records(tmp_path, payload):
    path = tmp_path / "x.txt"
    path.write_text(f"新质生产力的研究\n张三 李四\n开源创新很重要{payload}，要推动开源。\n", encoding="utf-8")
    rec = extract_file(path)
    assert any(payload in c.text for c in rec.claims)


def test_a_second_build_at_the_same_time_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, copies=1)
    out = tmp_path / "out"
    build([corpus], out, view=False)
    first = StagedStore(out / "store")  # a build in progress
    try:
        with pytest.raises(StoreError, match="another build is writing this store"):
            build([corpus], out, view=False)
    finally:
        first.abort()
    assert build([corpus], out, view=False).skipped == 2  # nothing changed: no new generation
    assert len(list((out / "store.d").iterdir())) == 1
    changed = sorted(corpus.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（修订）\n", encoding="utf-8")
    again = build([corpus], out, view=False)
    assert (again.rebuilt, again.skipped) == (1, 1)
    generations = sorted(p.name for p in (out / "store.d").iterdir())
    assert len(generations) == 2 and generations[-1] == (out / "store").resolve().name  # current and the one before


def test_readers_during_a_build_see_the_last_complete_state(tmp_path):
    corpus = tmp_path / "corpus"
    files = small_corpus(corpus, copies=1)
    out = tmp_path / "out"
    build([corpus], out, view=False)
    before = set(LocalStore(out / "store", read_only=True).document_graphs())
    staged = StagedStore(out / "store")
    staged.store.remove_graph(NamedNode(next(iter(staged.store.document_graphs().values()))))
    staged.store.flush()
    assert set(LocalStore(out / "store", read_only=True).document_graphs()) == before  # not yet switched
    staged.commit()
    assert len(LocalStore(out / "store", read_only=True).document_graphs()) == len(before) - 1
    assert files


def test_repeated_builds_into_a_relative_folder_keep_the_store(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, copies=1)
    cli = str(Path(sys.executable).with_name("npf-graph"))
    for expected in ("rebuilt 2, unchanged 0", "rebuilt 0, unchanged 2", "rebuilt 0, unchanged 2"):
        proc = subprocess.run([cli, "build", "corpus", "--out", "out"], cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert expected in proc.stdout
    assert len(LocalStore(tmp_path / "out" / "store", read_only=True).document_graphs()) == 2
    assert len(list((tmp_path / "out" / "store.d").iterdir())) <= 3  # this build, the last, the one before
