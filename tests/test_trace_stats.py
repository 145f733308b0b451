import json

import pytest
from helpers import CORPUS, corpus_file
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("trace") / "out"
    build([CORPUS], out, view=False)
    return out / "store"


def test_stats_conflicts_finds_the_real_disagreements(store):
    result = runner.invoke(app, ["stats", "--conflicts", "--store", str(store), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    pairs = {(r["place"], r["valueA"], r["valueB"]) for r in rows}
    # China's AI core industry: 5000亿 (one paper) against 5784亿 in 2023 (another)
    assert ("中国", "5000", "5784") in pairs
    # GPT-4's parameter count: 1750亿 against over 1万亿
    assert ("GPT-4", "1750", "1") in pairs
    assert len(rows) == 2
    quotes = {r["quoteA"] for r in rows} | {r["quoteB"] for r in rows}
    assert "我国AI核心产业规模达5784亿元" in quotes


def test_stats_lists_figures_with_measure_period_and_document(store):
    result = runner.invoke(app, ["stats", "--store", str(store), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) > 100
    gdp = next(r for r in rows if r["quote"].startswith("2023年国内生产总值超过126万亿元"))
    assert (gdp["unit"], gdp["normalizedUnit"], gdp["period"], gdp["place"]) == ("万亿元", "CNY", "2023", "中国")


def test_trace_by_concept_prints_quotes_and_offsets(store):
    result = runner.invoke(app, ["trace", "--concept", "耐心资本", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    traces = json.loads(result.output)
    assert {t["file"][:3] for t in traces} >= {"000", "002", "004"}
    for t in traces:
        source = (CORPUS / t["file"]).read_text(encoding="utf-8")
        start, end = t["span"]
        assert "".join(source[start:end].split()) == "".join(t["text"].split())


def test_trace_by_work_reaches_the_reference_and_the_work(store):
    result = runner.invoke(app, ["trace", "--work", "两次全球大危机", "--store", str(store), "--format", "json"])
    (t,) = json.loads(result.output)
    (link,) = t["citations"]
    assert link["marker"] == "[4]" and link["work_title"] == "两次全球大危机的比较" and link["year"] == "2020"
    source = corpus_file("001").read_text(encoding="utf-8")
    assert source[link["span"][0] : link["span"][1]] == "[4]"
    ref_start, ref_end = link["reference_span"]
    assert source[ref_start:ref_end].startswith("[4] 刘鹤")
    text = runner.invoke(app, ["trace", "--work", "两次全球大危机", "--store", str(store)]).output
    assert "[4466:4469]" in text and "work: 两次全球大危机的比较 (2020)" in text


def test_trace_needs_one_selector(store):
    result = runner.invoke(app, ["trace", "--store", str(store)])
    assert result.exit_code == 1 and result.output.startswith("error: [npf] give exactly one of")


def test_trace_work_lists_every_citing_sentence_as_a_statement(store, records):
    result = runner.invoke(app, ["trace", "--work", "开源", "--store", str(store), "--format", "json"])
    traces = json.loads(result.output)
    # every claim of the record whose citations resolve to a work with 开源 in its title
    expected = set()
    for rec in records.values():
        works = {r.id for r in rec.references if r.title and "开源" in r.title}
        cites = {c.id for c in rec.citations if set(c.reference_ids) & works}
        expected |= {cl.id for cl in rec.claims if set(cl.citation_ids) & cites}
    assert expected and expected <= {t["id"] for t in traces}
    for t in traces:
        if t["id"] in expected:
            assert t["kind"] and t["document"] and t["function"] in {"citesForInformation", "citesAsAuthority",
                                                                     "citesAsDataSource", "disagreesWith"}  # fmt: skip
    text = runner.invoke(app, ["trace", "--work", "开源", "--store", str(store)]).output
    header = next(line for line in text.splitlines() if line.startswith("■ finding · citesForInformation  claim-"))
    assert ".txt [" in header


def test_trace_claim_takes_the_id_extract_prints(store, records):
    claim = next(c for c in records["000"].claims if c.citation_ids)
    result = runner.invoke(app, ["trace", "--claim", claim.id, "--store", str(store), "--format", "json"])
    (t,) = json.loads(result.output)
    assert (t["id"], t["text"], tuple(t["span"])) == (claim.id, claim.text, tuple(claim.span))
    assert len(t["citations"]) >= len(claim.citation_ids)
    text = runner.invoke(app, ["trace", "--claim", claim.id, "--store", str(store)]).output
    assert f"  {claim.id}  000_" in text and text.endswith("1 claims\n")
    by_iri = runner.invoke(app, ["trace", "--claim", t["claim"].rsplit("/", 1)[-1], "--store", str(store)]).output
    assert by_iri == text
