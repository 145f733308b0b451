"""Extraction on a cluster: Dask distributed or Ray, behind the interface of `parallel.Extractor`.

`build --executor dask|ray [--address …]` sends each loaded document to a worker of the
cluster and takes the outcomes back in input order, exactly as `--jobs N` does with worker
processes; the single writer (mapping, store, dump, views) stays in the build process.

- Dask: `--address tcp://scheduler:8786` joins a running `distributed` scheduler; without an
  address a `LocalCluster` of `jobs` worker processes (one thread each) is started and closed.
  A worker plugin loads the ontology and jieba's dictionary once per worker, when it joins.
- Ray: `--address ray://head:10001` (or `auto`, `host:6379`) joins a running cluster; without
  one a local Ray instance with `jobs` CPUs is started and shut down. A worker-process setup
  hook loads the ontology and dictionary once per worker process.

The workers of a remote cluster need the same npf-graph (and Python) installed. At most three
documents per worker slot are in flight, so the sources waiting never pile up in memory.
Both libraries are optional extras (`pip install 'npf-graph[dask]'`, `'npf-graph[ray]'`) and
imported only here, only when chosen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from npf_graph.errors import NpfError
from npf_graph.ingest.load import SourceText
from npf_graph.parallel import Outcome, extract_source, warm

EXECUTORS = ("processes", "dask", "ray")


class ClusterError(NpfError):
    """The cluster cannot be reached, or its library is not installed."""

    code = "cluster"


def _missing(extra: str) -> ClusterError:
    return ClusterError(f"--executor {extra} needs its extra: pip install 'npf-graph[{extra}]'")


class DaskExtractor:
    """Extraction on a Dask distributed cluster (a local one of `jobs` processes without `address`)."""

    def __init__(self, jobs: int, budget: float | None, address: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise _missing("dask") from None
        self.budget = budget
        self.cluster = None
        try:
            if address:
                self.client = Client(address, timeout="30s")
            else:
                self.cluster = LocalCluster(
                    n_workers=max(1, jobs),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            self.client.register_plugin(_WarmPlugin(), name="npf-graph-warm")
            self.slots = max(1, sum(self.client.nthreads().values()))
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler: {exc}", address) from exc

    def submit(self, source: SourceText) -> Callable[[], Outcome]:
        future = self.client.submit(extract_source, source, self.budget, pure=False)
        return future.result

    @property
    def window(self) -> int:
        return 3 * self.slots

    def close(self) -> None:
        client, cluster = self.__dict__.pop("client", None), self.__dict__.pop("cluster", None)
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


try:  # the plugin class must be importable where the workers unpickle it
    from distributed import WorkerPlugin as _Base
except ImportError:  # pragma: no cover - without the extra, Dask is never chosen
    _Base = object


class _WarmPlugin(_Base):  # type: ignore[misc,valid-type]
    """Loads the ontology and jieba's dictionary once, when a worker joins."""

    def setup(self, worker) -> None:
        warm()


class RayExtractor:
    """Extraction as Ray tasks (a local Ray instance of `jobs` CPUs without `address`)."""

    def __init__(self, jobs: int, budget: float | None, address: str | None = None) -> None:
        try:
            import ray
        except ImportError:
            raise _missing("ray") from None
        self.ray = ray
        self.budget = budget
        self.owned = False
        runtime_env = {"worker_process_setup_hook": "npf_graph.parallel.warm"}
        options = {"runtime_env": runtime_env, "logging_level": logging.ERROR, "log_to_driver": False}
        try:
            if not ray.is_initialized():
                if address:
                    ray.init(address=address, **options)
                else:
                    ray.init(num_cpus=max(1, jobs), include_dashboard=False, **options)
                self.owned = True
            self.slots = max(1, int(ray.cluster_resources().get("CPU", jobs)))
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Ray cluster: {exc}", address) from exc
        self.task = ray.remote(num_cpus=1, max_retries=1)(extract_source)

    def submit(self, source: SourceText) -> Callable[[], Outcome]:
        ref = self.task.remote(source, self.budget)
        return lambda: self.ray.get(ref)

    @property
    def window(self) -> int:
        return 3 * self.slots

    def close(self) -> None:
        if self.owned:
            self.owned = False
            self.ray.shutdown()


def cluster_extractor(executor: str, jobs: int, budget: float | None, address: str | None):
    """The extractor for `--executor dask|ray`."""
    if executor == "dask":
        return DaskExtractor(jobs, budget, address)
    if executor == "ray":
        return RayExtractor(jobs, budget, address)
    if executor == "processes":
        raise ClusterError("--address needs --executor dask or ray")
    raise ClusterError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
