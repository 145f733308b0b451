"""One bad document never stops a batch: every failure is one line, and the rest goes on."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from helpers import corpus_file
from pdfs import one_page_pdf
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.pipeline import expand_paths, extract_file

runner = CliRunner()

# the real CLI in a real process, with one more stage that fails on documents holding "BOOM":
# the stand-in for a bug in any extractor
FAULTY_CLI = """
import npf_graph.pipeline as pipeline

def boom(doc):
    if "BOOM" in doc.source.text:
        raise KeyError("boom")
    return doc

pipeline.STAGES = pipeline.STAGES + (boom,)
from npf_graph.cli.main import app
app(prog_name="npf-graph")
"""


def faulty_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", FAULTY_CLI, *args], capture_output=True, text=True, timeout=600)


def three_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    good1, bad, good2 = folder / "a.txt", folder / "b.txt", folder / "c.txt"
    shutil.copy(corpus_file("003"), good1)
    bad.write_text("新质生产力的研究\n\n发展新质生产力很重要。BOOM\n", encoding="utf-8")
    shutil.copy(corpus_file("004"), good2)
    return [good1, bad, good2]


def test_an_exception_in_one_document_is_one_error_line_and_the_batch_goes_on(tmp_path):
    files = three_files(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    proc = faulty_cli("extract", *map(str, files), "--jsonl", str(out))
    assert proc.returncode == 3
    assert proc.stderr.splitlines() == [f"error: [internal] KeyError: 'boom' ({files[1]})"]
    names = [json.loads(line)["source"]["name"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert names == ["a.txt", "c.txt"]


def test_debug_shows_the_traceback_and_still_goes_on(tmp_path):
    files = three_files(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    proc = faulty_cli("--debug", "extract", *map(str, files), "--jsonl", str(out))
    assert proc.returncode == 3
    assert proc.stderr.startswith(
        f"error: [internal] KeyError: 'boom' ({files[1]})\nTraceback (most recent call last):"
    )
    assert proc.stderr.endswith("in boom\nKeyError: 'boom'\n")  # the code of `-c` has no source lines
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_build_reports_the_failed_document_and_builds_the_others(tmp_path):
    files = three_files(tmp_path / "in")
    out = tmp_path / "out"
    proc = faulty_cli("build", str(tmp_path / "in"), "--out", str(out))
    assert proc.returncode == 3
    assert [line for line in proc.stderr.splitlines() if line.startswith("error:")] == [
        f"error: [internal] KeyError: 'boom' ({files[1]})"
    ]
    assert "rebuilt 2, unchanged 0, failed 1" in proc.stdout
    assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_every_input_built_is_exit_status_0(tmp_path):
    files = three_files(tmp_path / "in")
    result = runner.invoke(app, ["extract", str(files[0]), str(files[2]), "--jsonl", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0 and result.output == ""


def test_a_newline_in_a_file_name_cannot_split_the_error_line(tmp_path):
    odd = tmp_path / "a\nerror: [fake] b.txt"
    odd.write_bytes(b"")
    good = tmp_path / "good.txt"
    shutil.copy(corpus_file("003"), good)
    result = runner.invoke(app, ["extract", str(odd), str(good), "--jsonl", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 3
    assert result.output.splitlines() == [f"error: [input] file is empty ({tmp_path}/a\\nerror: [fake] b.txt)"]


def test_a_missing_path_is_one_error_and_the_others_go_on(tmp_path):
    good = tmp_path / "good.txt"
    shutil.copy(corpus_file("003"), good)
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", "no/such.txt", str(good), "--jsonl", str(out)])
    assert result.exit_code == 3
    assert result.output.splitlines() == ["error: [input] no such file or folder (no/such.txt)"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    built = runner.invoke(app, ["build", "no/such.txt", str(good), "--out", str(tmp_path / "out")])
    assert built.exit_code == 3 and "rebuilt 1, unchanged 0, failed 1" in built.output


def test_a_corpus_under_a_hidden_folder_is_read(tmp_path):
    corpus = tmp_path / ".cache" / "npf" / "corpus"
    (corpus / ".git").mkdir(parents=True)
    shutil.copy(corpus_file("003"), corpus / "a.txt")
    (corpus / ".notes.txt").write_text("私人笔记。", encoding="utf-8")
    (corpus / ".git" / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")
    assert expand_paths([corpus]) == [corpus / "a.txt"]
    result = build([corpus], tmp_path / "out", view=False)
    assert len(result.records) == 1 and not result.errors


def test_pypdf_warnings_become_record_warnings_not_stray_output(tmp_path):
    pdf = tmp_path / "repaired.pdf"
    pdf.write_bytes(one_page_pdf("Patient capital drives new quality productive forces.", bad_startxref=True))
    rec = extract_file(pdf)
    assert rec.source.media_type == "application/pdf"
    assert next(w.message for w in rec.warnings if w.code == "pdf").startswith("incorrect startxref pointer")
    result = runner.invoke(app, ["extract", str(pdf), "--jsonl", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == f"warning: [pdf] incorrect startxref pointer(3) ({pdf})"
    assert all(line.startswith("warning: [pdf] ") for line in result.output.splitlines())
    built = runner.invoke(app, ["build", str(pdf), "--out", str(tmp_path / "out")])
    assert built.exit_code == 0
    assert f"warning: [pdf] incorrect startxref pointer(3) ({pdf})" in built.output.splitlines()
    clean = tmp_path / "clean.pdf"
    clean.write_bytes(one_page_pdf("Patient capital drives new quality productive forces."))
    assert not [w for w in extract_file(clean).warnings if w.code == "pdf"]
