"""The benchmark corpus: variants of a paper have their own hash and the same extraction."""

import hashlib

from helpers import corpus_file

from bench.corpus import variant
from npf_graph.ingest.load import load_bytes
from npf_graph.pipeline import run


def test_variants_differ_in_hash_and_not_in_what_is_extracted():
    text = corpus_file("001").read_text(encoding="utf-8")
    versions = [text, variant(text, 1), variant(text, 2)]
    assert len({hashlib.sha256(v.encode("utf-8")).hexdigest() for v in versions}) == 3
    assert all("".join(v.split()) == "".join(text.split()) for v in versions)
    records = [run(load_bytes(v.encode("utf-8"), f"v{k}.txt")) for k, v in enumerate(versions)]
    assert len({r.id for r in records}) == 3
    assert len({(r.title, len(r.references), len(r.claims)) for r in records}) == 1
    assert records[0].title and records[0].references


def test_touching_one_paper_and_restoring_it_past_the_archive_size(tmp_path):
    from bench.corpus import ARCHIVE, corpus, restore, touch_one

    cache = tmp_path / "cache"
    papers = cache / ARCHIVE.name.split(".")[0]  # the archive as if already unpacked
    papers.mkdir(parents=True)
    for name in ("a", "b"):
        (papers / f"{name}.md").write_text(f"# 题名{name}\n\n正文。\n", encoding="utf-8")
    folder = corpus(4, cache=cache)  # a.md, b.md and their variants a-v1.md, b-v1.md
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    touched = touch_one(folder)
    assert touched.name == "a-v1.md" and touched.read_bytes() != before[touched.name]  # '-' sorts before '.'
    restore(folder, touched, cache=cache)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
