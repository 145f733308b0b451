"""Past one machine: extraction on a Dask (or Ray) cluster against `--jobs`, and writes into an
Oxigraph server against the local bulk loader, on N papers of the scale corpus.

    python bench/scaling.py --docs 200 [--executors processes,dask,ray] [--json out/bench/scaling.json]

Each executor builds the same papers into a fresh folder (no views) and reports the seconds of
extraction (`extract` phase: documents sent to the workers and their records merged in order)
and of starting the workers (`scan` phase, which includes it). The dataset of the first build
is then written, graph by graph as a build writes it, into a fresh Oxigraph server (`oxigraph
serve`, a temporary folder, 127.0.0.1) in each write mode and batch size, and into a fresh
local store through the bulk loader; triples per second for each. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.corpus import corpus  # noqa: E402


def extraction(folder: Path, executors: list[str], jobs: int, work: Path, repeat: int) -> tuple[list[dict], Path]:
    """Each executor in turn, `repeat` rounds (the machine is shared: compare the best of each)."""
    from npf_graph.build import build

    rows, dataset = [], None
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.iterdir())
    for round_, name in ((r, n) for r in range(repeat) for n in executors):
        out = work / f"build-{name}-{round_}"
        started = time.perf_counter()
        result = build([folder], out, view=False, jobs=jobs, executor=name)
        wall = time.perf_counter() - started
        rows.append(
            {
                "executor": name,
                "round": round_,
                "jobs": jobs,
                "documents": result.rebuilt,
                "failed": len(result.errors),
                "wall_s": round(wall, 1),
                "start_s": result.timings.get("scan"),
                "extract_s": result.timings.get("extract"),
                "papers_per_s": round(result.rebuilt / result.timings["extract"], 2),
                "chars_per_s": round(chars / result.timings["extract"]),
            }
        )
        print(rows[-1], flush=True)
        dataset = dataset or out / "graph.trig"
        if round_ or name != executors[0]:
            shutil.rmtree(out, ignore_errors=True)
    assert dataset is not None
    return rows, dataset


def _server(location: Path):
    from servers import free_port, oxigraph_binary, wait_until_up

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen([*args, "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until_up(url + "/query?query=ASK%7B%7D")
    return proc, url


def _before(store, quads) -> None:
    """What `build --store URL` did before batching: one update per graph, its text built in
    Python and URL-encoded into a form."""
    from npf_graph.rdf.namespaces import sparql_prefixes
    from npf_graph.store.base import insert_data

    graph, batch = None, []
    for q in [*quads, None]:
        if (q is None or q.graph_name != graph) and batch:
            store._post(store.update_url, {"update": sparql_prefixes() + insert_data(graph, batch)}, "*/*")
            batch = []
        if q is not None:
            graph = q.graph_name
            batch.append(q)


def writes(dataset: Path, work: Path, sizes: list[int], modes: list[str]) -> list[dict]:
    from pyoxigraph import RdfFormat, parse

    from npf_graph.store import LocalStore, RemoteStore
    from npf_graph.store.base import GraphStore

    quads = sorted(parse(path=str(dataset), format=RdfFormat.TRIG), key=lambda q: q.graph_name.value)
    graphs = len({q.graph_name for q in quads})
    print(f"{len(quads):,} quads in {graphs} graphs", flush=True)
    rows = []

    def timed(label: str, write, count) -> None:
        started = time.perf_counter()
        write()
        first = time.perf_counter() - started
        started = time.perf_counter()
        write()  # again: every graph replaced
        again = time.perf_counter() - started
        assert count() == len(quads), (label, count(), len(quads))
        rows.append(
            {
                "target": label,
                "quads": len(quads),
                "first_s": round(first, 2),
                "triples_per_s": round(len(quads) / first),
                "replace_s": round(again, 2),
                "replace_triples_per_s": round(len(quads) / again),
            }
        )
        print(rows[-1], flush=True)

    local = LocalStore(work / "local-store")
    timed("local bulk loader", lambda: (local.write_graphs(iter(quads)), local.flush()), local.count)
    cases = [("before", "one form-encoded update per graph (before)", None)] if "before" in modes else []
    cases += [(m, f"{m}, batches of {size:,}", size) for m in modes if m != "before" for size in sizes]
    for mode, label, size in cases:
        location = Path(tempfile.mkdtemp(dir=work))
        proc, url = _server(location)
        try:
            store = RemoteStore(url, write_mode=None if mode == "before" else mode)
            if mode == "before":
                write = lambda store=store: _before(store, quads)  # noqa: E731
            elif size is None:
                write = lambda store=store: GraphStore.write_graphs(store, iter(quads))  # noqa: E731
            else:
                write = lambda store=store, size=size: store.writer.write(iter(quads), size)  # noqa: E731
            timed(f"oxigraph server: {label}", write, store.count)
        finally:
            proc.terminate()
            proc.wait()
            shutil.rmtree(location, ignore_errors=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--executors", default="processes,dask")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of the executors")
    ap.add_argument("--no-writes", action="store_true", help="only the executors")
    ap.add_argument("--dataset", type=Path, help="write this TriG file instead of building first")
    ap.add_argument("--modes", default="before,gsp,update", help="write modes to measure")
    ap.add_argument("--sizes", default="10000,50000,200000", help="quads per request to try")
    ap.add_argument("--json", type=Path, default=ROOT / "out" / "bench" / "scaling.json")
    args = ap.parse_args()
    folder = corpus(args.docs)
    work = Path(tempfile.mkdtemp(prefix="npf-scaling-"))
    try:
        executors = args.executors.split(",")
        extract_rows, dataset = [], args.dataset
        if dataset is None:
            extract_rows, dataset = extraction(folder, executors, args.jobs, work, args.repeat)
        sizes = [int(s) for s in args.sizes.split(",")]
        write_rows = [] if args.no_writes else writes(dataset, work, sizes, args.modes.split(","))
    finally:
        keep = os.environ.get("NPF_SCALING_KEEP")
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"docs": args.docs, "cpus": os.cpu_count(), "extraction": extract_rows, "writes": write_rows}),
        encoding="utf-8",
    )
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
