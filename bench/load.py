"""Load test of `npf-graph serve`, on loopback only: N clients for S seconds, every saved query.

    python bench/load.py [--store out/store] [--clients 16] [--seconds 60] [--url http://127.0.0.1:PORT]

Without --url it starts `npf-graph serve` on a free loopback port over --store and stops it at
the end. Each client sends the saved queries in turn (parameters written into the text as a
VALUES block), one request at a time. Prints requests/s, p50/p95/p99 latency, errors, and the
p95 of each query. Bounded: it ends after --seconds, and refuses any address but loopback.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

from pyoxigraph import Literal

from npf_graph.queries import saved_queries
from npf_graph.store.base import bind_values

SAMPLE_PARAMS = {"concept": Literal("耐心资本"), "work": Literal("两次全球大危机")}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def queries() -> list[tuple[str, str]]:
    out = []
    for q in saved_queries().values():
        params = {p: SAMPLE_PARAMS[p] for p in q.params}
        out.append((q.name, bind_values(q.text, params) if params else q.text))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def client(url: str, work: list[tuple[str, str]], offset: int, deadline: float, out: dict, lock) -> None:
    n = offset
    while time.monotonic() < deadline:
        name, text = work[n % len(work)]
        n += 1
        req = urllib.request.Request(
            f"{url}/query?{urllib.parse.urlencode({'query': text})}",
            headers={"Accept": "application/sparql-results+json"},
        )
        start = time.monotonic()
        ok = True
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                resp.read()
                ok = resp.status == 200
        except (urllib.error.URLError, OSError):
            ok = False
        elapsed = time.monotonic() - start
        with lock:
            out["latency"].append(elapsed)
            out["by_query"][name].append(elapsed)
            if not ok:
                out["errors"] += 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server at {url} did not come up")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default="out/store")
    ap.add_argument("--url")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--cache-mb", type=int, default=64, help="the server's answer cache (0: every query runs)")
    args = ap.parse_args()
    server = None
    url = args.url
    if url is None:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        cli = str(Path(sys.executable).with_name("npf-graph"))
        serve = [cli, "serve", "--store", args.store, "--port", str(port), "--cache-mb", str(args.cache_mb)]
        server = subprocess.Popen(serve, stderr=subprocess.DEVNULL)
        wait_up(url)
    if urllib.parse.urlsplit(url).hostname not in LOOPBACK:
        raise SystemExit("load tests run against loopback only")
    work = queries()
    out: dict = {"latency": [], "by_query": defaultdict(list), "errors": 0}
    lock = threading.Lock()
    start = time.monotonic()
    deadline = start + args.seconds
    threads = [threading.Thread(target=client, args=(url, work, i, deadline, out, lock)) for i in range(args.clients)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    took = time.monotonic() - start
    lat = out["latency"]
    ms = 1000
    cache = f"server cache {args.cache_mb} MB" if args.url is None else "server as found"
    print(f"{args.clients} clients, {took:.0f} s, {len(work)} saved queries, {url}, {cache}")
    print(
        f"requests {len(lat)}  requests/s {len(lat) / took:.1f}  p50 {percentile(lat, 50) * ms:.0f} ms  "
        f"p95 {percentile(lat, 95) * ms:.0f} ms  p99 {percentile(lat, 99) * ms:.0f} ms  errors {out['errors']}"
    )
    for name, values in sorted(out["by_query"].items()):
        median, p95 = statistics.median(values) * ms, percentile(values, 95) * ms
        print(f"  {name:26} n={len(values):5}  median {median:6.0f} ms  p95 {p95:6.0f} ms")


if __name__ == "__main__":
    main()
