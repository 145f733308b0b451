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
