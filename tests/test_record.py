import json

import pytest
from helpers import corpus_file
from pydantic import ValidationError

from npf_graph.ingest.load import load_bytes
from npf_graph.models import DocumentRecord
from npf_graph.pipeline import run
from npf_graph.validate import grounded

CONTRACT_FIELDS = {
    "id", "source", "doc_type", "title", "title_en", "subtitle", "venue", "year", "issue", "volume", "pages",
    "abstract", "abstract_en", "keywords", "keywords_en", "authors", "funding", "parts", "sections", "references",
    "citations", "data_sources", "statistics", "claims", "concepts", "warnings",
}  # fmt: skip


def test_record_has_the_contract_fields(records):
    dumped = records["000"].model_dump(mode="json")
    assert CONTRACT_FIELDS <= set(dumped)
    assert {"path", "name", "sha256", "media_type", "encoding"} <= set(dumped["source"])
    assert {"id", "name", "name_en", "affiliations", "email", "role", "span"} <= set(dumped["authors"][0])


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_same_record_from_utf8_and_gb18030_bytes(prefix):
    text = corpus_file(prefix).read_text(encoding="utf-8")
    a = run(load_bytes(text.encode("utf-8"), corpus_file(prefix).name)).model_dump(mode="json")
    b = run(load_bytes(text.encode("gb18030"), corpus_file(prefix).name)).model_dump(mode="json")
    assert b["source"]["encoding"] == "gb18030"
    assert a.pop("source") != b.pop("source")
    assert a == b


def test_ids_are_stable_across_runs():
    path = corpus_file("003")
    first = run(load_bytes(path.read_bytes(), path.name)).model_dump(mode="json")
    second = run(load_bytes(path.read_bytes(), path.name)).model_dump(mode="json")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert first["id"].startswith("doc-") and len(first["id"]) == 20


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_item_is_grounded_at_its_span(records, sources, prefix):
    rec = records[prefix]
    checked = 0
    for coll, key in (("authors", "name"), ("sections", "title"), ("parts", "title")):
        for item in getattr(rec, coll):
            if getattr(item, key) and item.span:
                assert grounded(getattr(item, key), item.span, sources[prefix]), (coll, item)
                checked += 1
    assert checked > 0


def test_records_reject_unknown_fields():
    with pytest.raises(ValidationError):
        DocumentRecord.model_validate({"id": "x", "source": {}, "bogus": 1})
