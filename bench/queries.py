"""Latency of every saved query and of `trace`, with parameters taken from the built corpus."""

from __future__ import annotations

import time
from pathlib import Path

from pydantic import BaseModel


class Latency(BaseModel):
    rows: int
    p50_ms: float
    p95_ms: float


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _timed(fn, repeat: int) -> Latency:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - t)
    p50, p95 = percentile(times, 50) * 1000, percentile(times, 95) * 1000
    return Latency(rows=rows, p50_ms=round(p50, 1), p95_ms=round(p95, 1))


def parameters(store) -> dict[str, str]:
    """A concept and a work the corpus talks about most: the lookups users would make."""
    concept = store.select(
        """SELECT ?label (COUNT(?claim) AS ?n) WHERE { ?claim a npf:Claim ; dcterms:subject ?c .
           ?c skos:prefLabel ?label . FILTER(lang(?label) = "zh") } GROUP BY ?label ORDER BY DESC(?n) LIMIT 1"""
    )
    work = store.select(
        """SELECT ?title (COUNT(?claim) AS ?n) WHERE { ?claim a npf:Claim ; cito:cites ?w . ?w dcterms:title ?title .
           FILTER(STRLEN(?title) >= 6) } GROUP BY ?title ORDER BY DESC(?n) LIMIT 1"""
    )
    return {
        "concept": concept[0]["label"] if concept else "新质生产力",
        "work": work[0]["title"] if work else "发展",
    }


def measure_queries(store_path: Path, repeat: int = 5, timeout: float = 120.0) -> tuple[dict[str, str], dict]:
    """p50/p95 of each saved query (`repeat` runs, the first included) and of trace by concept and work."""
    from npf_graph.queries import saved_queries
    from npf_graph.query import run_query
    from npf_graph.store import LocalStore
    from npf_graph.trace import trace

    store = LocalStore(store_path, read_only=True)
    params = parameters(store)
    out: dict[str, Latency] = {}
    for q in saved_queries().values():
        bound = {p: params[p] for p in q.params}
        out[q.name] = _timed(
            lambda q=q, bound=bound: len(run_query(store, q.text, bound, timeout=timeout).rows), repeat
        )
    for by in ("concept", "work"):
        out[f"trace --{by}"] = _timed(lambda by=by: len(trace(store, by, params[by], limit=100)), repeat)
    return params, {k: v.model_dump() for k, v in out.items()}
