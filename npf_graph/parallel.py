"""Extraction in worker processes, results back in the order the documents were given.

Each worker loads the ontology and jieba's dictionary once, when it starts. At most a few
documents per worker are in flight, so the sources waiting to be extracted never pile up
in memory, whatever the size of the corpus."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

from npf_graph.errors import NpfError, contain
from npf_graph.ingest.load import SourceText
from npf_graph.models import DocumentRecord

T = TypeVar("T")
Outcome = DocumentRecord | NpfError


def warm() -> None:
    """Load the ontology and jieba's dictionary (once per process: both are cached)."""
    from npf_graph.ontology import concept_index, tokenizer

    tokenizer()
    concept_index()


def extract_source(source: SourceText, budget: float | None) -> Outcome:
    """The record of one loaded document, or the error to report for it (never raises)."""
    from npf_graph.pipeline import run

    try:
        return run(source, budget=budget)
    except Exception as exc:
        return contain(exc, source.path)


class Extractor:
    """`submit(source)` and get a callable that returns its outcome; `jobs` = 1 runs in this process."""

    def __init__(self, jobs: int, budget: float | None) -> None:
        self.jobs = max(1, jobs)
        self.budget = budget
        self.pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=get_context("spawn"), initializer=warm)

    def submit(self, source: SourceText) -> Callable[[], Outcome]:
        if self.pool is None:
            outcome = extract_source(source, self.budget)
            return lambda: outcome
        future: Future = self.pool.submit(extract_source, source, self.budget)
        return future.result

    @property
    def window(self) -> int:
        """How many documents may wait for their outcome at once."""
        return 0 if self.pool is None else 3 * self.jobs

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def make_extractor(jobs: int, budget: float | None, executor: str = "processes", address: str | None = None):
    """Worker processes on this machine (`processes`, the default), or a Dask or Ray cluster
    (`executors.py`); each takes documents with `submit` and gives outcomes back in order."""
    if executor == "processes" and address is None:
        return Extractor(jobs, budget)
    from npf_graph.executors import cluster_extractor

    return cluster_extractor(executor, jobs, budget, address)


def in_order(items: Iterable[T], window: int, ready: Callable[[T], None]) -> Iterator[None]:
    """Call `ready` on items in their order, keeping at most `window` of them waiting."""
    queue: deque[T] = deque()
    for item in items:
        queue.append(item)
        while len(queue) > window:
            ready(queue.popleft())
            yield
    while queue:
        ready(queue.popleft())
        yield
