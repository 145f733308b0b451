"""Builds never lose documents by accident: they add and update; only --prune or remove drop."""

import shutil
from pathlib import Path

from helpers import CORPUS, corpus_file, dataset_bytes, two_docs
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.store import LocalStore

runner = CliRunner()


def state(out: Path) -> tuple[int, bytes, bytes]:
    store = LocalStore(out / "store", read_only=True)
    size = store.count()
    del store
    return size, (out / "records.jsonl").read_bytes(), dataset_bytes(out / "dataset")


def test_building_one_new_file_keeps_the_others(tmp_path):
    out = tmp_path / "out"
    build([two_docs(tmp_path / "corpus")], out, view=False)
    shutil.copy(corpus_file("000"), tmp_path / "new.txt")
    result = build([tmp_path / "new.txt"], out, view=False)
    assert (result.rebuilt, result.skipped, result.removed) == (1, 0, 0)
    assert sorted(r.source.name for r in result.records) == ["003.txt", "004.txt", "new.txt"]
    assert len(LocalStore(out / "store", read_only=True).document_graphs()) == 3


def test_an_empty_folder_or_a_batch_that_fails_entirely_changes_nothing(tmp_path):
    out = tmp_path / "out"
    build([two_docs(tmp_path / "corpus")], out, view=False)
    before = state(out)
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    (tmp_path / "bad" / "junk.txt").write_bytes(bytes(range(256)) * 8)
    assert build([tmp_path / "empty"], out, view=False).records == []
    assert state(out) == before
    failed = runner.invoke(app, ["build", str(tmp_path / "bad"), "--out", str(out)])
    assert failed.exit_code == 3
    assert "every input failed; the graph in the output folder is unchanged" in failed.output
    assert state(out) == before
    pruned = runner.invoke(app, ["build", str(tmp_path / "bad"), "--out", str(out), "--prune"])
    assert pruned.exit_code == 3 and state(out) == before


def test_prune_drops_documents_not_among_the_inputs(tmp_path):
    out = tmp_path / "out"
    corpus = two_docs(tmp_path / "corpus")
    build([corpus], out, view=False)
    (corpus / "004.txt").unlink()
    kept = runner.invoke(app, ["build", str(corpus), "--out", str(out)])
    assert kept.exit_code == 0 and "rebuilt 0, unchanged 1, failed 0;" in kept.output
    assert len(LocalStore(out / "store", read_only=True).document_graphs()) == 2
    pruned = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--prune"])
    assert pruned.exit_code == 0 and "rebuilt 0, unchanged 1, failed 0, removed 1;" in pruned.output
    assert len(LocalStore(out / "store", read_only=True).document_graphs()) == 1


def test_identical_texts_are_one_document_with_several_sources(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = corpus_file("003").read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "b.txt").write_text(text, encoding="utf-8")
    (corpus / "c-gbk.txt").write_bytes(text.encode("gb18030"))
    out = tmp_path / "out"
    first = build([corpus], out, view=False)
    assert len(first.records) == 1 and (first.rebuilt, first.skipped, first.copies) == (1, 0, 2)
    rec = first.records[0]
    assert [rec.source.name, *(c.name for c in rec.copies)] == ["a.txt", "b.txt", "c-gbk.txt"]
    assert [c.encoding for c in rec.copies] == ["utf-8", "gb18030"]
    assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    store = LocalStore(out / "store", read_only=True)
    assert len(set(store.document_graphs().values())) == 1 and len(store.document_graphs()) == 2  # two sha256
    del store
    second = build([corpus], out, view=False)
    assert (second.rebuilt, second.skipped) == (0, 3)
    removed = runner.invoke(app, ["remove", "c-gbk.txt", "--out", str(out)])  # any of its files names it
    assert removed.exit_code == 0 and removed.output == f"removed a.txt ({rec.id})\n"
    assert LocalStore(out / "store", read_only=True).document_graphs() == {}


def test_files_in_other_encodings_are_skipped_when_unchanged(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = corpus_file("004").read_text(encoding="utf-8")
    (corpus / "gbk.txt").write_bytes(text.encode("gb18030"))
    (corpus / "utf16.txt").write_bytes(corpus_file("003").read_text(encoding="utf-8").encode("utf-16"))
    out = tmp_path / "out"
    assert build([corpus], out, view=False).rebuilt == 2
    again = build([corpus], out, view=False)
    assert (again.rebuilt, again.skipped) == (0, 2)


def test_make_demo_prunes_its_own_corpus():
    makefile = (CORPUS.parent.parent / "Makefile").read_text(encoding="utf-8")
    assert "npf-graph build data/corpus --out out --prune" in makefile
