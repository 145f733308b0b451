import json
import shutil

import pytest
from helpers import CORPUS, corpus_file
from typer.testing import CliRunner

from npf_graph.cli.main import app

runner = CliRunner()


def test_help_explains_each_command_with_an_example():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    import typer.main

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert {"extract", "build", "query", "trace", "stats", "export", "view", "analyze", "serve", "remove",
            "parse-refs"} <= set(commands)  # fmt: skip
    for command in commands:
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0
        assert "Example: npf-graph " + command in sub.output


def test_extract_one_file_prints_pretty_json():
    result = runner.invoke(app, ["extract", str(corpus_file("003"))])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["title"] == "探路新质生产力"
    assert result.output.startswith("{\n  ")


def test_extract_jsonl_writes_one_record_per_line(tmp_path):
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS), "--jsonl", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert {json.loads(line)["source"]["name"] for line in lines} == {p.name for p in CORPUS.glob("*.txt")}


def test_bad_files_get_one_error_line_and_the_good_ones_still_come_out(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 20)
    shutil.copy(corpus_file("003"), tmp_path / "good.txt")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), str(tmp_path / "junk.txt"),
                                 str(tmp_path / "good.txt"), "--jsonl", str(out)])  # fmt: skip
    assert result.exit_code == 3  # some inputs failed
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: [input] file is empty ({tmp_path / 'empty.txt'})",
        f"error: [input] file looks binary, not text (control bytes throughout) ({tmp_path / 'junk.txt'})",
    ]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_missing_path_is_one_line():
    result = runner.invoke(app, ["extract", "no/such/file.txt"])
    assert result.exit_code == 3
    assert result.output.strip() == "error: [input] no such file or folder (no/such/file.txt)"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "out"
    result = runner.invoke(app, ["build", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_every_output_and_prints_where(built):
    out, output = built
    for name in ("records.jsonl", "graph.html", "dataset/links.trig", "dataset/ontology.trig"):
        assert (out / name).stat().st_size > 1000
    assert len(list((out / "dataset").glob("*.trig"))) == 5 + 2  # one file per document graph
    assert (out / "store").is_dir()
    assert "rebuilt 5, unchanged 0, failed 0" in output
    assert f"view     {out / 'graph.html'}" in output
    assert "documents" in output


def test_second_build_skips_unchanged_files(built, tmp_path):
    out, _ = built
    result = runner.invoke(app, ["build", str(CORPUS), "--out", str(out)])
    assert "rebuilt 0, unchanged 5, failed 0" in result.output
