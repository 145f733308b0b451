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
