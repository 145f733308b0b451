"""Limits that hold: regular files only, a size limit on what is read, a time budget per document."""

import os
import shutil
import subprocess
import sys

import pytest
from helpers import corpus_file

from npf_graph.errors import LimitError
from npf_graph.ingest.load import read_source
from npf_graph.pipeline import extract_file


def npf(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    cli = [sys.executable, "-m", "npf_graph", *args]
    return subprocess.run(cli, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


def test_a_fifo_is_refused_at_once_and_the_batch_goes_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    shutil.copy(corpus_file("003"), good)
    proc = npf("extract", str(fifo), str(good), "--jsonl", str(tmp_path / "o.jsonl"))  # hangs if the FIFO is opened
    assert proc.returncode == 3
    assert proc.stderr.splitlines() == [
        f"error: [limit] not a regular file (a device, FIFO or socket); only files are read ({fifo})"
    ]
    assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_devices_are_refused(device):
    with pytest.raises(LimitError, match=r"not a regular file"):
        read_source(device)


def test_the_size_limit_holds_on_what_is_read_not_on_what_stat_says(tmp_path):
    # files under /proc report a size of 0 and hold more: the limit counts the bytes read
    proc_file = "/proc/self/smaps"
    assert os.stat(proc_file).st_size == 0
    with pytest.raises(LimitError, match=r"file is over the 1,000-byte limit"):
        read_source(proc_file, max_bytes=1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(LimitError, match=r"over the 1,000-byte limit"):
        read_source(big, max_bytes=1000)
    assert read_source(big, max_bytes=1001) == b"x" * 1001


def test_a_document_past_its_time_budget_is_one_error_and_the_next_still_runs(tmp_path):
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for f in files:
        shutil.copy(corpus_file("001"), f)
    proc = npf("extract", *map(str, files), env={"NPF_TIME_BUDGET": "0.001"})
    assert proc.returncode == 3
    assert proc.stderr.splitlines() == [
        f"error: [limit] extraction ran past the 0.001-second budget for one document ({f})" for f in files
    ]


def test_a_document_within_its_budget_is_extracted():
    rec = extract_file(corpus_file("003"), budget=600)
    assert rec.claims
