"""Start real server processes on 127.0.0.1 for the tests, and stop them."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    return str(Path(sys.executable).with_name("oxigraph"))


def wait_until_up(url: str, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not come up in {seconds} s")


@contextmanager
def running(args: list[str], url: str):
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(url)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it: a test asserts
    that nothing ever connects (no outbound request from the code under test)."""

    def __init__(self) -> None:
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.connections.append(conn.recv(65536))
                except OSError:
                    self.connections.append(b"")

    def __enter__(self) -> Listener:
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(0.3)  # a connection made at the very end is still counted
        self._stop.set()
        self._thread.join()
        self.sock.close()


@contextmanager
def oxigraph_server(location: Path):
    """A real Oxigraph server on a free port of 127.0.0.1, its data in `location`; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    with running([*args, "--union-default-graph"], url + "/query?query=ASK%7B%7D"):
        yield url
