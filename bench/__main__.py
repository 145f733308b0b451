"""Benchmark npf-graph on the scale corpus: `python -m bench [--docs 200] [--jobs 1,2]`.

Unpacks the scale corpus into a cache outside the repository (`~/.cache/npf-graph/bench`,
or NPF_BENCH_CACHE), builds N papers with each --jobs value in a fresh output folder, then
rebuilds with nothing changed and with one paper changed, times every saved query and
`trace`, measures the views, prints a table and writes out/bench/latest.json.
Prints figures; asserts nothing (the targets are in docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.build_views import measure_views
from bench.corpus import CACHE, corpus, restore, touch_one, unpacked
from bench.extraction import measure_extraction
from bench.process import run_watched
from bench.queries import measure_queries
from bench.report import print_table

ROOT = Path(__file__).resolve().parent.parent


def build_cmd(folder: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "npf_graph", "build", str(folder), "--out", str(out), "--jobs", str(jobs),
            "--timings", str(out / "timings.json")]  # fmt: skip


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed_build(folder: Path, out: Path, jobs: int) -> dict:
    wall, rss, status, err = run_watched(build_cmd(folder, out, jobs))
    if status not in (0, 3):
        raise SystemExit(f"build --jobs {jobs} failed with status {status}:\n{err}")
    timings = json.loads((out / "timings.json").read_text(encoding="utf-8"))
    return {"jobs": jobs, "seconds": round(wall, 1), "peak_rss_mb": round(rss / 2**20), "exit": status, **timings}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to build with")
    ap.add_argument("--sample", type=int, default=60, help="papers timed stage by stage in one process")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each query")
    ap.add_argument("--json", type=Path, default=ROOT / "out" / "bench" / "latest.json")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    started = time.perf_counter()
    folder = corpus(args.docs)
    papers = sorted(folder.iterdir())
    report: dict = {
        "when": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "docs": len(papers),
        "chars": sum(len(p.read_text(encoding="utf-8")) for p in papers),
        "corpus_papers": len(unpacked()),
    }
    report["extraction"] = measure_extraction(papers[: args.sample]).model_dump()
    builds = []
    out = CACHE / f"out-{args.docs}"
    for j in jobs:
        shutil.rmtree(out, ignore_errors=True)
        builds.append(timed_build(folder, out, j))
    report["builds"] = builds
    last = builds[-1]
    report["peak_rss_mb"] = max(b["peak_rss_mb"] for b in builds)
    report["store"] = {
        "triples": last["triples"],
        "triples_per_doc": round(last["triples"] / max(1, last["documents"])),
        "bytes": du((out / "store").resolve()),
        "trig_bytes": du(out / "dataset"),
        "records_bytes": (out / "records.jsonl").stat().st_size,
    }
    unchanged = timed_build(folder, out, jobs[-1])
    changed_path = touch_one(folder)
    try:
        one = timed_build(folder, out, jobs[-1])
    finally:
        restore(folder, changed_path)
    report["rebuild"] = {
        "unchanged_s": unchanged["seconds"],
        "unchanged_ms_per_doc": round(unchanged["seconds"] * 1000 / len(papers), 2),
        "one_changed_s": one["seconds"],
        "one_changed_phases": one["phases"],
    }
    report["query_params"], report["queries"] = measure_queries(out / "store", repeat=args.repeat)
    report["views"] = measure_views(out)
    report["bench_seconds"] = round(time.perf_counter() - started, 1)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print_table(report)
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
