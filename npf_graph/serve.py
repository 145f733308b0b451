"""A read-only SPARQL endpoint on loopback, safe to leave running.

- Queries run in worker processes, each holding the store open read-only. A query past the
  timeout is cancelled by killing its worker, and a fresh worker takes its place.
- SERVICE is refused before a query reaches a worker: the endpoint never sends a request
  anywhere, so a web page cannot use it to reach other addresses.
- Results over a size cap are refused with a clear error instead of filling memory.
- Answers are cached (bounded, least recently used dropped first): the store is read-only
  while served, so a repeated query is answered without running it again.
- Only GET and POST on /query: no updates, no Graph Store Protocol; requests whose Host is
  not a loopback name are refused (DNS rebinding).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import queue
import threading
from collections import OrderedDict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from npf_graph.errors import QueryError
from npf_graph.sparqlguard import refuse_service

MAX_REQUEST = 1024 * 1024  # bytes of a POSTed query
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass(frozen=True)
class Limits:
    timeout: float = 30.0  # seconds a query may run
    max_bytes: int = 64 * 1024 * 1024  # bytes of one serialised result
    workers: int = max(2, os.cpu_count() or 2)
    cache_bytes: int = 64 * 1024 * 1024  # answers kept for repeated queries (least recently used go first)


class _TooBig(Exception):
    pass


class _CappedBuffer(io.RawIOBase):
    """A bytes sink that stops the serialiser once the result passes the cap."""

    def __init__(self, cap: int) -> None:
        self.buf = io.BytesIO()
        self.cap = cap

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        if self.buf.tell() + len(data) > self.cap:
            raise _TooBig
        return self.buf.write(data)


def _formats(accept: str):
    from pyoxigraph import QueryResultsFormat, RdfFormat

    accept = accept.lower()
    choices = (
        ("text/csv", QueryResultsFormat.CSV),
        ("text/tab-separated-values", QueryResultsFormat.TSV),
        ("application/sparql-results+xml", QueryResultsFormat.XML),
    )
    fmt, ctype = QueryResultsFormat.JSON, "application/sparql-results+json"
    for media, choice in choices:
        if media in accept:
            fmt, ctype = choice, media
            break
    graph = (RdfFormat.TURTLE, "text/turtle") if "turtle" in accept else (RdfFormat.N_TRIPLES, "application/n-triples")
    return (fmt, ctype), graph


def _worker_main(location: str, conn, max_bytes: int) -> None:  # pragma: no cover - runs in a child process
    from pyoxigraph import QueryBoolean, QuerySolutions, Store

    from npf_graph.rdf.namespaces import PREFIXES

    store = Store.read_only(location)
    while True:
        try:
            sparql, accept = conn.recv()
        except (EOFError, OSError):
            return
        (fmt, ctype), (gfmt, gtype) = _formats(accept)
        try:
            result = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
            out = _CappedBuffer(max_bytes)
            if isinstance(result, QuerySolutions | QueryBoolean):
                result.serialize(out, fmt)
            else:
                result.serialize(out, gfmt)
                ctype = gtype
            conn.send((200, ctype, out.buf.getvalue()))
        except _TooBig:
            message = f"error: [sparql] the result is over the {max_bytes:,}-byte cap; add LIMIT\n"
            conn.send((413, "text/plain; charset=utf-8", message.encode()))
        except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
            if isinstance(exc.__context__, _TooBig) or isinstance(exc.__cause__, _TooBig) or "_TooBig" in str(exc):
                message = f"error: [sparql] the result is over the {max_bytes:,}-byte cap; add LIMIT\n"
                conn.send((413, "text/plain; charset=utf-8", message.encode()))
                continue
            text = f"error: [sparql] {' '.join(str(exc).split())}\n"
            conn.send((400, "text/plain; charset=utf-8", text.encode()))


class _Worker:
    def __init__(self, location: str, max_bytes: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(location, child, max_bytes), daemon=True)
        self.proc.start()
        child.close()

    def ask(self, sparql: str, accept: str, timeout: float) -> tuple[int, str, bytes] | None:
        """The answer, or None when the query ran past `timeout` (the caller then kills us)."""
        self.conn.send((sparql, accept))
        if not self.conn.poll(timeout):
            return None
        return self.conn.recv()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


class Pool:
    """Worker processes over one store; a query borrows one, a timed-out one is replaced."""

    def __init__(self, location: str, limits: Limits) -> None:
        # the generation the store link points at now: every worker, a replacement too, reads
        # the same build (a later build switches the link; restart the server to serve it)
        self.location, self.limits = str(Path(location).resolve()), limits
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: list[_Worker] = []
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple[str, str], tuple[int, str, bytes]] = OrderedDict()
        self.cached = 0  # bytes held by the cache
        for _ in range(limits.workers):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.location, self.limits.max_bytes)
        with self.lock:
            self.all.append(worker)
        self.idle.put(worker)

    def run(self, sparql: str, accept: str) -> tuple[int, str, bytes]:
        """The answer to a query: from the cache when the same query was answered before (the
        store is read-only while served, so an answer never goes stale), else from a worker."""
        key = (sparql, accept)
        with self.lock:
            if key in self.cache:
                self.cache.move_to_end(key)
                return self.cache[key]
        answer = self._ask(sparql, accept)
        if answer[0] == 200 and len(answer[2]) <= self.limits.cache_bytes // 8:
            with self.lock:
                self.cache[key] = answer
                self.cached += len(answer[2])
                while self.cached > self.limits.cache_bytes:
                    _, old = self.cache.popitem(last=False)
                    self.cached -= len(old[2])
        return answer

    def _ask(self, sparql: str, accept: str) -> tuple[int, str, bytes]:
        timeout = self.limits.timeout
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", b"error: [sparql] every worker is busy; try again\n"
        try:
            answer = worker.ask(sparql, accept, timeout)
        except (OSError, EOFError):
            answer = (500, "text/plain; charset=utf-8", b"error: [sparql] the query worker died\n")
            self._replace(worker)
            return answer
        if answer is None:
            self._replace(worker)
            message = f"error: [sparql] the query ran past the {timeout:g}-second timeout and was cancelled\n"
            return 503, "text/plain; charset=utf-8", message.encode()
        self.idle.put(worker)
        return answer

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self.lock:
            self.all.remove(worker)
        self._add()

    def close(self) -> None:
        with self.lock:
            workers = list(self.all)
        for worker in workers:
            worker.kill()


class _Handler(BaseHTTPRequestHandler):
    server_version = "npf-graph"
    pool: Pool

    def log_message(self, format: str, *args: object) -> None:  # quiet: no line per request
        return

    def _reply(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._reply(status, "text/plain; charset=utf-8", f"error: [sparql] {message}\n".encode())

    def _allowed(self) -> bool:
        host = self.headers.get("Host") or ""
        name = host[: host.find("]") + 1] if host.startswith("[") else host.split(":")[0]
        if name not in LOOPBACK_NAMES | {str(self.server.server_address[0])}:
            self._error(403, "this endpoint answers only on a loopback name (Host header refused)")
            return False
        return True

    def _answer(self, queries: list[str]) -> None:
        if len(queries) != 1:
            self._error(400, "give exactly one query")
            return
        try:
            refuse_service(queries[0])
        except QueryError as exc:
            self._error(400, exc.message)
            return
        self._reply(*self.pool.run(queries[0], self.headers.get("Accept") or ""))

    def do_GET(self) -> None:
        if not self._allowed():
            return
        url = urlsplit(self.path)
        if url.path == "/":
            self._reply(200, "text/plain; charset=utf-8", b"npf-graph read-only SPARQL endpoint: GET or POST /query\n")
        elif url.path == "/query":
            self._answer(parse_qs(url.query).get("query", []))
        else:
            self._error(404, "only /query is served (read-only)")

    def do_POST(self) -> None:
        if not self._allowed():
            return
        if urlsplit(self.path).path != "/query":
            self._error(404 if urlsplit(self.path).path != "/update" else 403, "read-only: only queries on /query")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST:
            self._error(413, f"the request is over {MAX_REQUEST:,} bytes")
            return
        body = self.rfile.read(length)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "the request is not UTF-8")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            self._answer([text])
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text)
            if "update" in form:
                self._error(403, "read-only: updates are refused")
                return
            self._answer(form.get("query", []))
        else:
            self._error(415, "send application/sparql-query or a form with query=")


def make_server(location: str, host: str, port: int, limits: Limits) -> tuple[ThreadingHTTPServer, Pool]:
    pool = Pool(location, limits)
    handler = type("Handler", (_Handler,), {"pool": pool})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server, pool
