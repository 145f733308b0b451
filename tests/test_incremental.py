"""A rebuild after one changed document writes that document's files, not the corpus's."""

from helpers import corpus_file, read_dataset, two_docs
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.manifest import Manifest, read_manifest
from npf_graph.store import LocalStore
from npf_graph.view.write import TIMELINE_FILE, VIEW_FILES, views_due

runner = CliRunner()


def test_one_changed_document_rewrites_only_its_dataset_file(tmp_path):
    corpus = two_docs(tmp_path / "corpus")
    out = tmp_path / "out"
    first = build([corpus], out, view=False)
    ids = {r.source.name: r.id for r in first.records}
    files = {p.name: p.stat().st_mtime_ns for p in (out / "dataset").glob("*.trig")}
    assert set(files) == {f"{i}.trig" for i in ids.values()} | {"links.trig", "ontology.trig"}
    (corpus / "004.txt").write_text(corpus_file("004").read_text(encoding="utf-8") + "\n（修订稿）\n", encoding="utf-8")
    second = build([corpus], out, view=False)
    assert (second.rebuilt, second.skipped) == (1, 1)
    new_id = next(r.id for r in second.records if r.source.name == "004.txt")
    after = {p.name: p.stat().st_mtime_ns for p in (out / "dataset").glob("*.trig")}
    assert after[f"{ids['003.txt']}.trig"] == files[f"{ids['003.txt']}.trig"]  # the unchanged one is not rewritten
    assert f"{ids['004.txt']}.trig" not in after and f"{new_id}.trig" in after  # the old version's file goes
    store = LocalStore(out / "store", read_only=True)
    assert second.triples == store.count() == read_manifest(out).triples
    graphs = {str(g.identifier) for g in read_dataset(out / "dataset").graphs() if len(g)}
    assert len(graphs) >= 3  # two documents and the ontology (and the links, when there are any)


def test_remove_drops_the_document_file(tmp_path):
    corpus = two_docs(tmp_path / "corpus")
    out = tmp_path / "out"
    first = build([corpus], out, view=False)
    gone = next(r.id for r in first.records if r.source.name == "004.txt")
    result = runner.invoke(app, ["remove", "004.txt", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not (out / "dataset" / f"{gone}.trig").exists()
    again = build([corpus], out, view=False)  # re-adds 004, counting triples without reading the store
    assert again.triples == LocalStore(out / "store", read_only=True).count()


def test_named_views_wait_for_a_change_of_one_percent_of_the_corpus(tmp_path):
    earlier = Manifest(tool_version="x", store="s", views=True)
    assert views_due(tmp_path, 1, 1000, earlier)  # a view is missing
    for name in [*VIEW_FILES.values(), TIMELINE_FILE]:
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    assert not views_due(tmp_path, 1, 1000, earlier)
    assert not views_due(tmp_path, 9, 1000, earlier)
    assert views_due(tmp_path, 10, 1000, earlier)
    assert views_due(tmp_path, 1, 50, earlier)  # a small corpus: any change
    assert views_due(tmp_path, 1, 1000, None)  # the first build
    assert views_due(tmp_path, 1, 1000, Manifest(tool_version="x", store="s", views=False))
