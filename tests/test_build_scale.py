"""Builds at scale: worker processes give the same graph, and a manifest skips unchanged files."""

import os
import shutil
from pathlib import Path

import rdflib
from helpers import CORPUS, DEV_CORPUS, corpus_file, read_dataset, two_docs

from npf_graph.build import build
from npf_graph.manifest import read_manifest
from npf_graph.queries import saved_query
from npf_graph.store import LocalStore


def graph_without_times(trig: Path) -> set:
    ds = read_dataset(trig)
    when = rdflib.XSD.dateTime  # the time of the build
    ontology = rdflib.URIRef("https://w3id.org/npf-graph/id/graph/ontology")  # the same files, other blank nodes
    return {q for q in ds.quads() if getattr(q[2], "datatype", None) != when and q[3] != ontology}


def test_jobs_2_builds_exactly_what_jobs_1_builds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(CORPUS.glob("*.txt")):
        shutil.copy(f, corpus / f.name)
    for f in sorted(DEV_CORPUS.glob("*.md"))[:4]:
        shutil.copy(f, corpus / f.name)
    shutil.copy(corpus_file("003"), corpus / "copy-of-003.txt")  # a copy handled while workers run
    (corpus / "empty.txt").write_bytes(b"")  # one error, reported in its turn
    one = build([corpus], tmp_path / "one", view=False, jobs=1)
    two = build([corpus], tmp_path / "two", view=False, jobs=2)
    assert (two.rebuilt, two.copies, len(two.errors)) == (one.rebuilt, one.copies, len(one.errors)) == (9, 1, 1)
    assert [str(e) for _p, e in two.errors] == [str(e) for _p, e in one.errors]
    assert (tmp_path / "two" / "records.jsonl").read_bytes() == (tmp_path / "one" / "records.jsonl").read_bytes()
    assert two.triples == one.triples
    a, b = (graph_without_times(tmp_path / name / "dataset") for name in ("one", "two"))
    assert a == b and len(a) > 1000


def test_unchanged_files_are_skipped_from_the_manifest_without_reading_them(tmp_path):
    corpus = two_docs(tmp_path / "corpus")
    out = tmp_path / "out"
    first = build([corpus], out, view=False)
    manifest = read_manifest(out)
    assert manifest is not None and sorted(Path(p).name for p in manifest.files) == ["003.txt", "004.txt"]
    # same size and modification time, other bytes: the manifest says unchanged, so it is not read
    path = corpus / "003.txt"
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "的" in text
    path.write_text(text.replace("的", "地", 1), encoding="utf-8")  # as many bytes
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    again = build([corpus], out, view=False)
    assert (again.rebuilt, again.skipped, again.triples) == (0, 2, first.triples)
    assert [r.id for r in again.records] == [r.id for r in first.records]  # read from records.jsonl when asked
    # a new modification time: the file is read, hashed, and rebuilt
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    third = build([corpus], out, view=False)
    assert (third.rebuilt, third.skipped, third.errors) == (1, 1, [])
    assert len(LocalStore(out / "store", read_only=True).document_graphs()) == 2


def test_works_cited_together_by_two_documents_are_a_co_citation(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = corpus_file("001").read_text(encoding="utf-8")
    (corpus / "first.txt").write_text(text, encoding="utf-8")
    (corpus / "revised.txt").write_text(text.replace("。", "。\n", 1), encoding="utf-8")  # another document
    (corpus / "other.txt").write_text(corpus_file("003").read_text(encoding="utf-8"), encoding="utf-8")
    result = build([corpus], tmp_path / "out", view=False)
    first = next(r for r in result.records if r.source.name == "first.txt")
    titled = {ref.work_id for ref in first.references if ref.title}
    assert len(result.records) == 3 and len(titled) >= 5
    store = LocalStore(tmp_path / "out" / "store", read_only=True)
    rows = store.select(saved_query("co-cited-works").text)
    assert rows and all(r["documents"] == "2" for r in rows)  # 001's works, by its two versions; 003 cites none
    expected = len(titled) * (len(titled) - 1) // 2
    assert len(rows) == min(200, expected)
    assert all(r["a"] < r["b"] for r in rows)
